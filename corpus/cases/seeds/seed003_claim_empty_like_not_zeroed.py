# Seed 003 claim: "np.empty_like() does not guarantee that the allocated memory is zeroed out ...
# Use np.zeros_like() or np.ones_like() if initialized arrays are needed". Correct. The
# uninitialised values are never read here: only metadata of e is compared until e.fill() writes it.
import numpy as np
src = np.arange(6, dtype=np.float32).reshape(2, 3)
e = np.empty_like(src)
z = np.zeros_like(src)
o = np.ones_like(src)
e.shape
e.dtype
np.shares_memory(e, src)
z
o
e.fill(7)
e
