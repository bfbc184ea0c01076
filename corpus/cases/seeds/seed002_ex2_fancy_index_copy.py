# Seed 002 (NumPy docs, Copies and views), example 2: y = x[[1, 2]] is a copy (y.base is None);
# x[[1, 2]] = [[10, 11, 12], [13, 14, 15]] changes x but not y. Correct.
import numpy as np
x = np.arange(9).reshape(3, 3)
x
y = x[[1, 2]]
y
y.base is None
x[[1, 2]] = [[10, 11, 12], [13, 14, 15]]
x
y
