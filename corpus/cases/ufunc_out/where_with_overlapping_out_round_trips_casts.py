# ufunc(..., out=o, where=mask) where o overlaps an input: NumPy's iterator gives o a temporary copy in the loop's
# output dtype (initialised from o, since where= makes o read-write) and writes it all back. Unselected
# elements therefore round-trip through the loop's dtype: absolute of a complex input into a complex o keeps
# only their real part, a float o under an int64 loop (casting='unsafe') is truncated; without overlap they
# keep their values, and with the same dtype nothing changes.
import numpy as np
v = np.array([[1j, 2 + 3j, 5j]] * 3)
np.absolute(v[::-1], v, where=[False, True, False])
w = np.array([[1.5j, 2 + 3j, 5j]] * 3)
src = w.copy()
np.absolute(src, w, where=[False, True, False])
f = np.array([1.7, 2.2, 3.9])
np.multiply(f[::-1], 2, out=f, where=[False, True, False], dtype=np.int64, casting='unsafe')
g = np.array([1.7, 2.2, 3.9])
np.multiply(g.copy(), 2, out=g, where=[False, True, False], dtype=np.int64, casting='unsafe')
h = np.arange(6.0).reshape(2, 3)
np.add(h[::-1], 1, out=h, where=[False, True, False])
