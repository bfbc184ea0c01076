# numpy: <2
# NumPy 1.24's a.itemset(*index, value): item()'s index rules (a flat position, one index per axis, none for a
# one-element array), the write check, the value packed as a[index] = value packs it; NumPy 2 removed it.
import numpy as np
a = np.arange(6).reshape(2, 3)
a.itemset(4, 40)
a.itemset(0, 2, -1)
a.itemset(1, 1, 2.9)
a.itemset(9, 1)
a.itemset(0, 3, 1)
a.itemset(1, 1, 1, 1)
a.itemset(5)
a.itemset()
np.array([7]).itemset(8)
v = a[0]
v.itemset(-1, 99)
a.flags.writeable = False
a.itemset(0, 0)
a.itemset(0, 0, np.nan)
