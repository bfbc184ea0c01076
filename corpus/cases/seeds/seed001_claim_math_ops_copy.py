# Seed 001 claim: a copy is made automatically by "Mathematical operations (like a + b)".
# Correct: arithmetic results are new owning arrays (base None, no shared memory).
import numpy as np
a = np.arange(4)
b = np.ones(4, dtype=np.int64)
c = a + b
c.base is None
c.flags.owndata
np.shares_memory(c, a)
d = a * 1
np.shares_memory(d, a)
d[0] = 9
a
