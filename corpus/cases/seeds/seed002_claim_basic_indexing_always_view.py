# Seed 002 claim: "basic indexing always creates views". Mostly correct, with one exception:
# an integer for every axis gives a NumPy scalar (a copy of the element, not a view); adding
# `...` (x[1, 2, ...]) keeps a 0-d view. A write to x reaches the view; the scalar doesn't change.
import numpy as np
x = np.arange(6).reshape(2, 3)
row = x[1]
row.base is x
s = x[1, 2]
z = x[1, 2, ...]
z.base is x
z.shape
x[1, 2] = 50
s
z
row
