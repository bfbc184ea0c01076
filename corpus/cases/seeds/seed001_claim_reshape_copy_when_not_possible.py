# Seed 001 claim: ".reshape() returns a view only when possible; otherwise, it may return a copy"
# and the pitfall "Using .reshape() assuming it always returns a view". Correct: reshaping a
# transposed array to 1-D cannot be done with strides, so NumPy copies (a write does not reach a).
import numpy as np
a = np.arange(6).reshape(2, 3)
t = a.T
r = t.reshape(6)
np.shares_memory(r, a)
r.flags.owndata
r[0] = 100
print(a)
