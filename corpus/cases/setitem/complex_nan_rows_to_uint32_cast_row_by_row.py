# setitem: complex NaN into uint32 is undefined in C, and NumPy's cast answers by its vector path over each
# contiguous run it is handed. A 16 x 36 source whose rows do not coalesce (a slice of 40-wide rows) is cast
# row by row, in runs of 36, by NumPy and by the engine alike (rows that overlap:
# complex_nan_from_overlapping_rows_to_uint32_casts_whole_rows.py).
import numpy as np
z = np.full((16, 40), np.nan, dtype=complex)
b = np.zeros((16, 36), np.uint32)
b[...] = z[:, :36]
c = z[:, :36].astype(np.uint32)
