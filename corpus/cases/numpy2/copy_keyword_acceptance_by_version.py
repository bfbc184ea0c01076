# Which copy= spellings each NumPy accepts. NumPy 2.0 gave np.array/np.asarray three copy modes (True, False,
# None) and 2.1 added copy= to reshape; NumPy 1.24 raises ValueError ("NoneType copy mode not allowed") for
# copy=None and TypeError for the keywords it does not have, so b, d, f, g, h stay unbound there. Under 2 each
# statement binds: the array itself or a view where no copy is needed, new data where copy=True.
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.array(a, copy=None)
c = np.array(a, copy=True)
d = np.asarray(a, copy=True)
e = a.astype(np.int64, copy=False)
f = a.astype(np.int64, copy=None)
g = a.reshape(3, 2, copy=None)
h = np.reshape(a, (6,), copy=True)
