# advanced_indexing: an integer list on a 1-D array gives a copy (base None), negative entries
# count from the end, repeated entries repeat values.
import numpy as np
a = np.arange(10, 20)
b = a[[0, -1, 3, 3]]
b.base is None
b.flags.owndata
np.shares_memory(a, b)
b[0] = 0
a
b
