# The output layout of a ufunc with a Python scalar. An F-ordered 5-d uint16 array with two trailing length-1
# axes, minus 2: in NumPy 2 the int is weak, no cast is needed and the result copies the input's strides exactly
# (length-1 axes included); NumPy 1.24 found 2 to be a uint8 value, went through a casting loop and gave the
# length-1 axes other strides. A float scalar (a real promotion to float64) gives the same strides in both; a
# uint16 NumPy scalar keeps the input strides in both. f - 70000 is OverflowError in 2 (a uint32 result in 1.24).
import numpy as np
f = np.zeros((2, 3, 4, 1, 1), dtype=np.uint16, order='F')
r = f - 2
r.strides
r.flags.f_contiguous
s = f - np.uint16(2)
s.strides
t = f - 2.5
t.strides
u = f - 70000
