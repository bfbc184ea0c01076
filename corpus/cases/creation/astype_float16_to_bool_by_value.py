# creation: float16 to bool is "not equal to zero" by value: -0.0 is False, NaN, infinities and the smallest
# subnormal are True; the same in a strided copy and through setitem into a bool array.
import numpy as np
h = np.array([0, 1.5, -0.0, np.nan, np.inf, -np.inf, 6e-8, -2], dtype=np.float16)
b = h.astype(bool)
c = h[::-2].astype(np.bool_)
d = np.ones(8, dtype=bool)
d[...] = h
