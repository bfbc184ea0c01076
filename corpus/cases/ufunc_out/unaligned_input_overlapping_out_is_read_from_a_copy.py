# An input that is not aligned (or needs a cast) enters NumPy's trivial loop as a copy when it is small (0-d, or 1-D
# of at most 8,192 elements: check_for_trivial_loop), and out is then written directly: the input is read as it was,
# even where it starts before out in the same memory, which elementwise writing would overwrite before reading.
# (An engine that wrote out directly but read the input in place got the ninth element wrong, 2026-12-06.)
import numpy as np
raw = np.zeros(200, dtype=np.uint8)
raw[1:161] = np.arange(160, dtype=np.uint8)
x = raw[1:161].view(np.float64)
out = raw[8:168].view(np.float64)
np.add(x, 1.5, out=out)
raw2 = np.zeros(200, dtype=np.uint8)
raw2[1:161] = np.arange(160, dtype=np.uint8)
ahead = raw2[9:169].view(np.float64)
np.add(ahead, 1.5, out=raw2[0:160].view(np.float64))
