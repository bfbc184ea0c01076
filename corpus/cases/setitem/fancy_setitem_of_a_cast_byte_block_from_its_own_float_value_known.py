# setitem, known divergence (NumPy 1.24; NumPy 2 copies the value first and agrees): a fancy assignment into the uint8
# view of a float64 array from that float64 array itself (a cast, over the same bytes). NumPy 1.24 reads the value as
# its casting copy goes and writes 0 at the eighth and sixteenth bytes (the last byte of each float, read after its
# first bytes became 1); the engine casts it one inner run at a time and writes 1 there. Found by the property test
# (NumPy 1.24, seed 257, 2026-12-06); the same gap as
# fancy_setitem_of_a_cast_byte_block_from_an_overlapping_scalar_value_known.py.
import numpy as np
w1 = np.ones((1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), dtype=float)
w0 = w1.view('uint8')
w0[[-1], :] = w1
