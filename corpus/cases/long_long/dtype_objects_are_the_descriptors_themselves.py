# A dtype object is the array's descriptor itself, so reading it twice gives the same object: q.dtype is q.dtype for a
# long long array (the built-in 'q' descriptor, also what np.asarray(l, dtype='q') holds), and for a descriptor of
# its own (a '>q' view's). C long's and C long long's are two objects: q.dtype is not l.dtype, though they are equal.
import numpy as np
l = np.arange(3)
q = np.asarray(l, dtype='q')
a = q.dtype is l.dtype
b = q.dtype is q.dtype
c = q.dtype == l.dtype
d = (q + 1).dtype is q.dtype
e = (l + 1).dtype is l.dtype
f = q.dtype is np.asarray(l, dtype='q').dtype
s = q.view('>q')
g = s.dtype is s.dtype
h = s.dtype is q.view('>q').dtype
