# numpy: <2
# setitem (NumPy 1.24): a fancy assignment into an int32 view whose position selects a block of 6 rows of 3 (a
# slice beside the index list), from a float32 value that views the same memory (row 1) and broadcasts across the
# rows, so it needs a cast. NumPy 1.24's subspace iterator hands its transfer function one inner run (a row) at a
# time, which casts element by element: rows 0 and 1 get 6, 7, 8; row 1's write turns the value's floats into tiny
# ones, and rows 2-5 get their cast, 0. Found by the property test (NumPy 1.24, seed 155, after its byte-order program
# was fixed).
import numpy as np
v0 = np.arange(36, dtype='float32').reshape((3, 3, 1, 2, 2, 1), order='C')
v1 = v0.reshape((-1, 2, 1, 3), order='C')
v2 = v1[-5, -2][-8::1,]
v3 = v1.view('int32')
v1 = v3[:,]
v1[-8:, [-2]] = v2
