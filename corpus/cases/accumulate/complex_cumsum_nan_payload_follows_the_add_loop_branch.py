# accumulate: np.cumsum of complex numbers calls NumPy's add loop along each line with (the previous output, the
# input, the output), so which NaN a sum passes on where both are NaN follows the branch of the add loop those steps
# pick: along a contiguous line the previous output overlaps the output (its scalar loop as written: NumPy 2.4's
# X86_V3 build passes on the new element's NaN for complex64 and the running value's for complex128); one step at a
# time across rows it runs the scalar loop its compiler vectorised (the new element's for both); NumPy 2's baseline
# build and NumPy 1.24 keep the running value's. Measured with distinct payloads (2026-12-06).
import numpy as np
X = (np.arange(12, dtype=np.int32) * 2 - 4194304).view(np.float32).view(np.complex64)
r1 = np.cumsum(X)
b1 = r1.view(np.int32)
r2 = np.cumsum(X.reshape(2, 3), axis=0)
b2 = r2.view(np.int32)
r3 = np.cumsum(X.reshape(2, 3), axis=1)
b3 = r3.view(np.int32)
Z = (np.arange(12, dtype=np.int64) * 2 - 2251799813685248).view(np.float64).view(np.complex128)
r4 = np.cumsum(Z)
b4 = r4.view(np.int64)
r5 = np.cumsum(Z.reshape(2, 3), axis=0)
b5 = r5.view(np.int64)
r6 = np.cumsum(Z.reshape(3, 2), axis=1)
b6 = r6.view(np.int64)
o = np.zeros((2, 3), dtype=np.complex128, order='F')
r7 = np.cumsum(X.reshape(2, 3), axis=1, out=o)
b7 = np.ascontiguousarray(o).view(np.int64)
