# Seed 002 claim: x.reshape(-1) gives a view "in most cases" - not all: rows taken with a step
# from a 2-D array cannot be flattened with one stride, so reshape(-1) copies there too.
import numpy as np
x = np.arange(12).reshape(3, 4)
y = x[::2]
r = y.reshape(-1)
np.shares_memory(r, x)
r
r.base is None
