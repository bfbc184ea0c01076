# The views np.broadcast_arrays stretches are writeable but carry NumPy's internal WARN_ON_WRITE flag, which
# every view of them inherits: while it is set they export their memory read-only (__array_interface__), so
# as_strided of them is read-only. The first write clears the flag (with a DeprecationWarning) along the base
# chain, and so does setting flags.writeable; an input returned as it is never has the flag.
import numpy as np
from numpy.lib.stride_tricks import as_strided
x = np.zeros(3)
y = np.zeros((2, 1))
b = np.broadcast_arrays(y, x)[1]
c = as_strided(b)
d = as_strided(b[::-1])
e = b[0]
f = as_strided(e)
e[...] = 1
g = as_strided(e)
h = as_strided(b)
k = np.broadcast_arrays(y, x)[0]
m = as_strided(k)
n = np.broadcast_arrays(y, x)[1]
n.flags.writeable = True
p = as_strided(n)
