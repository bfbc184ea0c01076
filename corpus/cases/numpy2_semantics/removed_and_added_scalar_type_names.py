# NumPy 2 removed the aliases np.float_ and np.complex_ (AttributeError) and added np.bool, np.long and
# np.ulong; NumPy 1.24 has the old names and raises AttributeError for the new ones, leaving d and e unbound.
import numpy as np
a = np.zeros(2, dtype=np.float_)
b = np.zeros(2, dtype=np.complex_)
c = np.zeros(2, dtype=np.bool)
d = np.zeros(2, dtype=np.long)
e = np.zeros(2, dtype=np.ulong)
f = np.zeros(2, dtype=np.intp)
