# numpy: >=2
# reshape(copy=) (NumPy 2.1): copy=False must return a view and raises ValueError when the layout forces a copy;
# copy=True always copies, even where a view would do; copy=None is the old view-if-possible rule.
import numpy as np
a = np.arange(12).reshape(3, 4)
v = a.reshape(4, 3, copy=False)
v.base is a
t = a.T.reshape(12, copy=False)
c = a.reshape(4, 3, copy=True)
c.base is None
np.shares_memory(a, c)
n = a.T.reshape(12, copy=None)
n.base is None
f = np.reshape(a, (2, 6), copy=False)
f.base is a
