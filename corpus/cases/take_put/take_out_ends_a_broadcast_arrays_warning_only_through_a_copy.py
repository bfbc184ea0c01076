# take_put: np.take(a, idx, out=o) where o is a view of an np.broadcast_arrays result, which warns on write (its
# writeable flag True; under NumPy 1.24 as_strided of it is read-only while the warning lasts). NumPy gets out
# through PyArray_FromArray(CARRAY | WRITEBACKIFCOPY): it copies o where take asks for a copy (o overlapping the
# array it reads, or mode='raise') or o is not a C-contiguous, aligned, writeable array of a's dtype, and only that
# copy checks o as its base, which ends the warning of o and its bases. A contiguous o apart from `a`, in clip or
# wrap mode, is written as it is and keeps its warning. Found by the property test (NumPy 1.24, seed 1839).
import numpy as np
from numpy.lib.stride_tricks import as_strided
x = np.broadcast_arrays(np.arange(6), 1)[0]
kept = x[:2]
r = np.take(np.arange(5), [0, 1], out=kept, mode='clip')
a = as_strided(kept)
b = as_strided(x)
y = np.broadcast_arrays(np.arange(6), 1)[0]
overlapping = y[:2]
s = np.take(y, [3, 4], out=overlapping, mode='wrap')
c = as_strided(overlapping)
d = as_strided(y)
z = np.broadcast_arrays(np.arange(6), 1)[0]
raising = z[2:4]
t = np.take(np.arange(5), [0, 1], out=raising, mode='raise')
e = as_strided(raising)
f = as_strided(z[::-1])
w = np.broadcast_arrays(np.arange(6), 1)[0]
strided = w[::2][:2]
u = np.take(np.arange(5), [0, 1], out=strided, mode='clip')
g = as_strided(strided)
