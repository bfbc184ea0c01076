# np.ndarray(shape, dtype, buffer=array, offset, strides, order) views the array's bytes with any layout that
# stays inside them (C- or F-contiguous buffers only), based on the array and writeable when it is.
import numpy as np
a = np.arange(12.0)
b = np.ndarray((2, 3), buffer=a)
c = np.ndarray((2, 2), dtype=np.float64, buffer=a, offset=16, strides=(32, 8))
d = np.ndarray((3,), dtype=np.int64, buffer=a, strides=(-8,), offset=16)
e = np.ndarray((2, 3), buffer=a, order='F')
f = np.ndarray((-1,), dtype=np.int32, buffer=a[:3])
g = np.ndarray((2, 2), buffer=np.asfortranarray(a.reshape(3, 4)))
h = np.ndarray((4,), buffer=a, strides=(0,))
c[0, 0] = -1.0
r = np.arange(4.0)
r.flags.writeable = False
i = np.ndarray((2,), buffer=r)
# A shape of -1 takes every whole element left after the offset.
h = np.ndarray((-1,), dtype=np.int8, buffer=np.arange(10, dtype=np.int8), offset=3)
k = np.ndarray(-1, dtype=np.int16, buffer=np.arange(10, dtype=np.int8), offset=2)
