# a.resize(n) reallocates only when nothing else refers to the array: CPython's reference count must not exceed 2
# (the name and the call). Another name, a view (its base), a list or tuple slot or an
# as_strided view (its DummyArray base) each add one and make it refuse with ValueError; refcheck=False skips the
# count. The runner itself holds no reference while a statement runs, so a plain script and a case agree.
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(6)
a.resize(8)
b = np.arange(6)
alias = b
b.resize(8)
c = np.arange(6)
view = c[2:]
c.resize(8)
d = np.arange(4)
held = [d, (d,)]
d.resize(5)
g = np.arange(4)
st = as_strided(g, shape=(2,), strides=(8,))
g.resize(5)
h = np.arange(4.0)
h.resize(6, refcheck=False)
items = [np.arange(3)]
items[0].resize(4)
# A flat iterator holds its array too.
f = np.arange(4)
walker = f.flat
f.resize(5)
