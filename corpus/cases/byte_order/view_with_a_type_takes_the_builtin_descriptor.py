# numpy: <2
# byte_order: a.newbyteorder('<') on a native array is a view whose descriptor is a new object (equal to int64's
# but not it), and views of it keep that object; a.view(int) or a.view('int64') of it take the type's built-in
# descriptor, so np.asanyarray(v, dtype='intp') hands v itself back, while for the newbyteorder view it makes a
# view. a.view(a.dtype) keeps the object it is given. (Property test, seed 14 under NumPy 1.24.)
import numpy as np
a = np.full((2,), -3, order='C')
n = a.newbyteorder('<')
v = n.view(int)
w = np.asanyarray(v, dtype='intp', order='C')
s = n.view('int64')
t = np.asarray(s, dtype=np.int64)
k = n.view(n.dtype)
m = np.asanyarray(k, dtype='intp')
x = np.asanyarray(n, dtype='intp')
