# view_dtype: integer powers of complex numbers whose two parts are NaN with distinct payloads (real 1, imaginary 2).
# npy_cpow multiplies repeatedly with npymath's cmul, compiled once whatever the CPU: its imaginary part passes on
# ai*br's NaN before ar*bi's under NumPy 2 for both widths and under NumPy 1.24 for complex128 only (1.24 computes
# a complex64 scalar's power in complex128). Found by the property test (NumPy 1.24, seed 405: v0[()] **= 2 of a
# complex64 0-d view of the int64 -3).
import numpy as np
z = np.array([0x7FC00001, 0x7FC00002] * 4, dtype=np.uint32).view(np.complex64)
z2 = np.array([0x7FF8000000000001, 0x7FF8000000000002] * 4, dtype=np.uint64).view(np.complex128)
s = np.array(z[0] ** 2).reshape(1).view(np.uint32)
t = np.array(z[0] ** 3).reshape(1).view(np.uint32)
s2 = np.array(z2[0] ** 2).reshape(1).view(np.uint64)
t2 = np.array(z2[0] ** 3).reshape(1).view(np.uint64)
p = np.power(z, np.full(4, 2, dtype=np.complex64)).view(np.uint32)
p2 = np.power(z2, np.full(4, 3, dtype=np.complex128)).view(np.uint64)
w0 = np.array(-3)
w1 = w0.T
w0.dtype = "complex64"
w0[()] **= 2
