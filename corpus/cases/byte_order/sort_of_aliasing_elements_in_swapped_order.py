# Sorting (or partitioning) an array in swapped byte order whose elements share memory (a stride 0): NumPy sorts a
# native copy of each lane and writes it back. NumPy 1.24 copies every element's bytes back, then swaps every place
# in place (copyswapn), so a place shared by an even number of elements ends in native order (1 reads as 256);
# NumPy 2 writes each element swapped once (property test, NumPy 1.24, seed 104).
import numpy as np
v0 = np.ones((), dtype='<i2')
v1 = v0.view('>i2')
two = np.lib.stride_tricks.as_strided(v1, shape=(2,), strides=(0,))
two.sort(axis=-1)
w0 = np.ones((), dtype='<i2')
w1 = w0.view('>i2')
three = np.lib.stride_tricks.as_strided(w1, shape=(3,), strides=(0,))
three.sort()
p0 = np.array([1, 2], dtype='<i4')
p1 = p0.view('>i4')
rows = np.lib.stride_tricks.as_strided(p1, shape=(2, 2), strides=(0, 4))
rows.partition(0, axis=0)
q = np.arange(12, dtype='>f8').reshape(3, 4)[:, ::-1]
q.sort(axis=0)
q.partition(1)
