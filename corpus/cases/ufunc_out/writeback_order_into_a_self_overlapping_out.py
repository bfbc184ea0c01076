# A ufunc whose out= overlaps an input gets a temporary copy of out that is written back at the end. Where out's own
# elements overlap each other (items a byte apart), the order of that write-back decides which bytes stay.
# Measured on both NumPys: a 1-d out walking backwards is written back in its own order, element 0 first; a 2-d
# out, even one of a single row or column, in memory order. Found by the property test (NumPy 1.24, seed 127): the
# engine wrote the 1-d out back in memory order too.
import numpy as np
v0 = np.arange(4, dtype=float).reshape((2, 2), order='C')
v1 = np.ndarray((2,), dtype=float, buffer=v0, offset=8, strides=(1,), order='F')
r = v1.clip(-3, v1, out=v1[::-1])
# int16 items one byte apart over bytes that differ; the input is the out shifted by one byte.
b = (np.arange(40) * 37 % 251).astype(np.uint8)
out1 = np.ndarray((4,), dtype=np.int16, buffer=b, offset=8, strides=(-1,))
np.negative(np.ndarray((4,), dtype=np.int16, buffer=b, offset=9, strides=(-1,)), out=out1)
row = np.ndarray((1, 3), dtype=np.int16, buffer=b, offset=20, strides=(8, -1))
np.negative(np.ndarray((1, 3), dtype=np.int16, buffer=b, offset=21, strides=(8, -1)), out=row)
block = np.ndarray((2, 3), dtype=np.int16, buffer=b, offset=32, strides=(-3, 1))
np.negative(np.ndarray((2, 3), dtype=np.int16, buffer=b, offset=33, strides=(-3, 1)), out=block)
forward = np.ndarray((3,), dtype=np.int16, buffer=b, offset=2, strides=(1,))
np.negative(np.ndarray((3,), dtype=np.int16, buffer=b, offset=3, strides=(1,)), out=forward)
# Through a cast (a float64 loop into an int64 out), the 1-d out the same way.
w1 = np.ndarray((2,), dtype='int64', buffer=v0, offset=8, strides=(1,))
w2 = w1.clip(-3, -4.5, out=w1[::-1])
