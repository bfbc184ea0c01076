# numpy: <2
# setitem, known divergence (NumPy 1.24): a fancy assignment into an int32 view whose positions each select a block
# (a slice beside the index list), from a float32 value that views the same memory and broadcasts across each
# block, so it needs a cast. The engine casts the value once per position (NumPy's subspace buffer), re-reading it
# as the earlier positions left it; NumPy 1.24 gives the later positions' rows zeros where the engine gives the
# first rows' values again. Found by the property test (NumPy 1.24, seed 155, after its byte-order program was
# fixed); not modelled: when NumPy's cast buffer for a broadcast value is filled is not worked out.
import numpy as np
v0 = np.arange(36, dtype='float32').reshape((3, 3, 1, 2, 2, 1), order='C')
v1 = v0.reshape((-1, 2, 1, 3), order='C')
v2 = v1[-5, -2][-8::1,]
v3 = v1.view('int32')
v1 = v3[:,]
v1[-8:, [-2]] = v2
