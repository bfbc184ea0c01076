# setitem: a[[0, 0]] += 1 is a gather, add, scatter: index 0 is incremented once, not twice; a
# remains the same object.
import numpy as np
a = np.arange(6)
b = a
a[[0, 0]] += 1
a
a[[1, 1, 2]] += 10
a
a[[3, 3]] -= 5
b is a
a
