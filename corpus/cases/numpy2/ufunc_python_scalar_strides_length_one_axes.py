# Output strides of a ufunc on a transposed array with length-1 axes, by kind of second operand: uint8 * 2,
# 2 * uint8 and uint8 == 1000 in NumPy 2 keep the input's strides (the weak int needs no cast), NumPy 1.24
# recomputed the strides of the length-1 axes; + 1.5 (float64 result) and a strided int16 + 1 lay out alike in
# both versions. The F-ordered uint16 array with length-1 axes, + 1, keeps its strides in 2 and gets C-like
# strides on its length-1 axes in 1.24. Only strides of length-1 axes differ, so values and contiguity agree.
import numpy as np
h = np.zeros((2, 1, 3, 1), dtype=np.uint8).transpose(3, 2, 1, 0)
a = h * 2
b = 2 * h
c = h == 1000
d = h + 1.5
t = np.zeros((3, 1, 4), dtype=np.int16)[:, :, ::2]
e = t + 1
g = np.zeros((1, 3, 1, 2), dtype=np.uint16, order='F')
k = g + 1
