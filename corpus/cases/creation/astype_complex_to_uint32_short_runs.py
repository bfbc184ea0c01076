# complex -> uint32 casts of values uint32 cannot hold (NaN, negative, beyond 2**32) are undefined in C; NumPy's
# answer depends on whether its compiled loop's vector body covers the element, which depends on the run's
# length. Runs of 4, 5, 6 and 9 elements of complex64 and complex128 cover both sides of the shortest vector run.
import numpy as np
x4 = np.array([np.nan, -3, 5e9, 1], dtype=np.complex128)
x5 = np.array([np.nan, -3, 5e9, 1, np.nan], dtype=np.complex128)
x6 = np.array([np.nan, -3, 5e9, 1, np.nan, -1e20], dtype=np.complex128)
x9 = np.array([np.nan, -3, 5e9, 1, np.nan, -1e20, 7, -7, np.nan], dtype=np.complex128)
a4 = x4.astype(np.uint32)
a5 = x5.astype(np.uint32)
a6 = x6.astype(np.uint32)
a9 = x9.astype(np.uint32)
b5 = x5.astype(np.complex64).astype(np.uint32)
b4 = x4.astype(np.complex64).astype(np.uint32)
b9 = x9.astype(np.complex64).astype(np.uint32)
