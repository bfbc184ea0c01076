# Which write lands last in a fancy assignment with repeated positions follows the order NumPy's map iterator walks
# the positions in: nditer's K order over the index arrays and the value, as NumPy holds them. NumPy 2 first copies
# a value overlapping the destination with PyArray_NewCopy(value, NPY_ANYORDER) (C order unless the value is
# Fortran-contiguous) and an overlapping index array with PyArray_Copy (C order); where the copies' layouts
# disagree the walk is C order. The engine walked the original layouts (property test NumPy 2, seed 523: a
# reversed F-ordered value and an F-ordered index). NumPy 1.24 copies neither: it reads a lone int64 index in
# place where the index walks the iteration with one stride, here F-ordered beside an F-ordered value, so the
# writes change the positions read after them (the engine buffered every index not one run in C order).
import numpy as np
v0 = np.zeros((2, 3, 2), dtype='>i2', order='F')
v1 = v0.transpose(-3, -2, -1)
v1[[-1, 1], [[-3], [2]]] = -3
v2 = v1.ravel(order='F')
v2[v0] = v0[::-1]
x = (np.arange(12) * 7 % 5).astype('int64')
base = np.zeros((4, 3), dtype='int64', order='F')
base.reshape(-1, order='F')[:] = x
flat = base.reshape(-1, order='F')
flat[base[::-1]] = base
y = (np.arange(12) * 5 % 12).astype('int64')
c = np.zeros((4, 3), dtype='int64', order='F')
c.reshape(-1, order='F')[:] = y
cflat = c.reshape(-1, order='F')
cflat[c] = np.asfortranarray(np.arange(12).reshape((4, 3)))
