# setitem, known divergence (NumPy 1.24; NumPy 2 copies the value first and agrees): a fancy assignment into blocks of
# an int64 array from a uint64 value over the same memory (stepping 0 along its rows and 2 bytes along them), which
# needs a cast. NumPy 1.24 reads such a value as its casting copy goes, and leaves the destination's fifth element 0;
# the engine casts it one inner run at a time (fancy_setitem_of_a_cast_block_rereads_an_overlapping_value_per_run.py)
# and writes 2**48 there. Found by the property test (NumPy 1.24, seed 255, 2026-12-06); the same gap as
# fancy_setitem_of_a_cast_byte_block_from_an_overlapping_scalar_value_known.py: how NumPy 1.24's cast reads a value
# that overlaps the block it writes.
import numpy as np
v0 = np.arange(15, dtype=np.int64).reshape((1, 3, 5), order='C')
v1 = np.ndarray((3, 5), dtype='<u8', buffer=v0, offset=0, strides=(0, 2), order='F')
v0[[-1, -1], :] = v1
