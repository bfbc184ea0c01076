# numpy: <2
# byte_order: np.empty_like, zeros_like, ones_like and full_like without dtype= give the result the prototype's
# descriptor object itself (PyArray_NewLikeArrayWithShape). A newbyteorder('<') view of a native array has a
# descriptor of its own, equal to the built-in one, so np.asarray / np.asanyarray of the result with dtype=int
# is a view of it, not the result itself; with dtype=int given to the *_like function the result has the
# built-in descriptor and comes back as itself. Found by the property test (NumPy 1.24, seed 149): the engine
# gave every *_like result the built-in descriptor.
import numpy as np
a = np.arange(4).reshape((2, 2))
n = a.newbyteorder('<')
e = np.empty_like(n)
ve = np.asanyarray(e, dtype='intp', order='C')
z = np.zeros_like(n, order='F')
vz = np.asarray(z, dtype=int)
o = np.ones_like(n)
vo = np.asarray(o, dtype=int)
f = np.full_like(n, -3, order='C', shape=())
vf = np.asanyarray(f, dtype='intp', order='C')
t = np.zeros_like(n, dtype=int)
vt = np.asarray(t, dtype=int)
same = vt is t
