# numpy: <2
# setitem (NumPy 1.24): a fancy assignment into an int8 view whose position selects a block, from one float32 element
# of the same memory broadcast across the whole block (a cast from a stride-0 source, which no compiled loop reads
# ahead). NumPy 1.24 casts element by element as it writes, so the elements of the second run get different values as
# the int8 writes change the float's bytes. Found by the property test (NumPy 1.24, seed 155, third program); a known
# divergence until 2026-12-06, when the engine cast each inner run once.
import numpy as np
v0 = np.arange(36, dtype='float32').reshape((3, 3, 1, 2, 2, 1), order='C')
v1 = v0.reshape((-1, 2, 1, 3), order='C')
v2 = v1[-5, -2][-8::1, -3]
v3 = v1.view('int8')
v1 = v3[:-4:1,]
v1[-8:, [-2]] = v2
