# Complex division of NaNs whose payloads differ: which payload each part of the result carries is decided by
# the instructions GCC emitted for NumPy's division loop (fused multiply-adds take their NaN from one operand in
# an order the source does not fix), and a view in another dtype shows the bits. The engine
# divides with the scalar algorithm and carries other payloads. Listed in corpus/expected-divergences (found by
# the property test, seed 607); values compare equal as NaNs, only the bits differ.
import numpy as np
v0 = np.arange(4, dtype='complex64').reshape((1, 2, 2), order='C')
v1 = v0[-1,]
v2 = v1.view('int64')
v2[...] = -4.5
v3 = v0 / v1
v4 = v3.view('int8')
