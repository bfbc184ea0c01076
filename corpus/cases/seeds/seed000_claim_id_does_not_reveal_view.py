# Seed 000 claim: "simply calling for the ID doesn't work" to tell a view from a copy.
# Correct: a view and a copy both get a new id; only base / shares_memory tell them apart.
import numpy as np
a = np.arange(6)
v = a[:]
c = a.copy()
id(v) == id(a)
id(c) == id(a)
v.base is a
c.base is None
np.shares_memory(v, a)
np.shares_memory(c, a)
