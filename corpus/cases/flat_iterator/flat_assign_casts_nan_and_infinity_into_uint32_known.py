# a.flat = v casts v to a's dtype, then copies as many elements as a has. Found by a NumPy 1.24 fuzz campaign
# (2026-12-05): NaN into uint32 is 0 in NumPy (1.24 and 2.4, this AVX2 machine), though astype of the same
# four or more float64 elements gives 2**31 for NaN (its vector loop) and 0 for two; the engine gives 2**31 here.
# Which cast loop a.flat = v runs (and so which NaN rule) is not modelled yet: a known divergence.
import numpy as np
v0 = np.arange(8, dtype=np.uint32).reshape((2, 4))
v4 = v0 / np.zeros(1, dtype=np.int32)
v6 = np.zeros(2, dtype=np.uint32)
v6.flat = v4
