# dtype.newbyteorder(new_order='S') (both NumPys; the array method is NumPy 1's only): a dtype of the same type in
# the order asked, always a new descriptor (PyArray_DescrNewByteorder), so np.asarray with it makes a view even where
# the order is unchanged; a long long dtype's stays long long. Only the first character counts (ValueError for an
# order it does not know, TypeError for a non-str); a one-byte type is unchanged. (The engine system once had no
# dtype methods: AttributeError.)
import numpy as np
a = np.arange(6, dtype=np.int32)
d = a.dtype.newbyteorder()
b = a.view(d)
c = a.view(a.dtype.newbyteorder('>'))
e = a.view(b.dtype.newbyteorder('='))
f = np.asarray(a, dtype=a.dtype.newbyteorder('<'))
g = np.asarray(a, dtype=a.dtype.newbyteorder('S').newbyteorder('S'))
h = a.astype(a.dtype.newbyteorder('big'))
k = np.zeros(3, dtype=np.uint8).dtype.newbyteorder()
m = np.zeros(2, dtype=np.longlong)
n = m.view(m.dtype.newbyteorder())
p = np.asarray(m, dtype=m.dtype.newbyteorder('|'))
q = np.sum(n)
r = a.dtype.newbyteorder('x')
