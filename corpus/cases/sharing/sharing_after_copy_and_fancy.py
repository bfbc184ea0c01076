# sharing: copies, fancy-index results, arithmetic results and astype results never share with the
# source; asarray / view / reshape results always do.
import numpy as np
a = np.arange(6)
c = a.copy()
f = a[[0, 1]]
s = a + 0
t = a.astype(np.int64)
r = np.asarray(a)
v = a.view()
q = a.reshape(2, 3)
np.shares_memory(c, a)
np.shares_memory(f, a)
np.shares_memory(s, a)
np.shares_memory(t, a)
np.shares_memory(r, a)
np.shares_memory(v, q)
