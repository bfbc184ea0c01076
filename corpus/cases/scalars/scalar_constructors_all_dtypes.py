# scalars: calling a dtype name makes a NumPy scalar of that type for every supported dtype.
import numpy as np
b = np.bool_(True)
i1 = np.int8(-3)
i2 = np.int16(300)
i4 = np.int32(-70000)
i8 = np.int64(5)
u1 = np.uint8(200)
u2 = np.uint16(60000)
u4 = np.uint32(4000000000)
u8 = np.uint64(18000000000000000000)
f4 = np.float32(1.5)
f8 = np.float64(-0.25)
c8 = np.complex64(1 + 2j)
c16 = np.complex128(3j)
u8.dtype
c8.itemsize
