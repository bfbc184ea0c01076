# A ufunc with out= writes into out (a view writes through to its base) and returns out itself; the inputs
# broadcast to out's shape, never beyond it (ValueError); out may be positional or a one-array tuple.
import numpy as np
base = np.zeros((3, 4))
o = base[:, ::2]
r = np.add(np.arange(2), 10, out=o)
r is o
s = np.multiply(np.arange(6).reshape(3, 2), 2, o)
s is o
t = np.negative(np.arange(2.0), out=(base[0, :2],))
t.base is base
# expect: ValueError
np.add(np.ones((2, 3, 2)), 1, out=o)
z = np.zeros(())
u = np.add(1, 2, out=z)
u is z
