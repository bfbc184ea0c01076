# setitem: a float64 value cast into a uint32 view of the same buffer, the two parts disjoint: NumPy copies the
# value first only when the extents overlap, so here the strided value is cast where it lies, element by element
# (NaN and values beyond uint32 take the strided loop's answer, not the contiguous loop's vector lanes).
import numpy as np
m = np.zeros(40)
m[8:] = np.nan
m[9] = 5e9
m[11] = -3.0
u = m[:8].view(np.uint32).reshape(4, 4)
s = m[8:40:2].reshape(4, 4)
u[...] = s
