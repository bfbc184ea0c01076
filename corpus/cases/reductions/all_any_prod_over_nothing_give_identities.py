# reductions: over no elements all gives True, any False, prod 1 and sum 0 (the ufuncs' identities), for the
# whole array and per position along an empty axis, in the reduction's dtype.
import numpy as np
e = np.zeros((2, 0, 3))
np.all(np.zeros(0))
np.any(np.zeros(0))
a = np.all(e, axis=1)
b = e.all(axis=(0, 1), keepdims=True)
c = np.any(e, axis=1)
d = np.prod(e, axis=1)
f = np.prod(np.zeros((0, 2), dtype=np.int8), axis=0)
