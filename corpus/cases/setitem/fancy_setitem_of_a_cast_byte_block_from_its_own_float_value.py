# setitem (NumPy 1.24; NumPy 2 copies the value first and agrees): a fancy assignment into the uint8 view of a float64
# array from that float64 array itself (a cast, over the same bytes). NumPy 1.24 reads the value element by element as
# it writes (float64 -> uint8 may alias, so its loop never reads ahead into memory it writes) and writes 0 at the eighth
# and sixteenth bytes: the last byte of each float, read after its first bytes became 1 (one inner run cast at once
# would write 1 there). Found by the property test (NumPy 1.24, seed 257); a known divergence until 2026-12-06.
import numpy as np
w1 = np.ones((1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), dtype=float)
w0 = w1.view('uint8')
w0[[-1], :] = w1
