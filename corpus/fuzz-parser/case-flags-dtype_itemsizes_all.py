# flags: itemsize and nbytes for every supported dtype on a 3-element array.
import numpy as np
b = np.zeros(3, dtype=np.bool_)
i1 = np.zeros(3, dtype=np.int8)
i2 = np.zeros(3, dtype=np.int16)
i4 = np.zeros(3, dtype=np.int32)
i8 = np.zeros(3, dtype=np.int64)
u1 = np.zeros(3, dtype=np.uint8)
u2 = np.zeros(3, dtype=np.uint16)
u4 = np.zeros(3, dtype=np.uint32)
u8 = np.zeros(3, dtype=np.uint64)
f4 = np.zeros(3, dtype=np.float32)
f8 = np.zeros(3, dtype=np.float64)
c8 = np.zeros(3, dtype=np.complex64)
c16 = np.zeros(3, dtype=np.complex128)
c8.itemsize
c16.nbytes
u2.strides
b.itemsize
