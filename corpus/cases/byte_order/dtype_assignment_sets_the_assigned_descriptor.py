# a.dtype = t gives the array the descriptor assigned: for a native type the built-in one, so np.asarray and
# np.asanyarray with that dtype return the array itself even when its old descriptor was one of its own (a copy
# of a '>f8' array keeps its descriptor); a type in swapped byte order is a new descriptor, so asking for it again
# gives a view. Found by the property test (NumPy 1.24, seed 135): the engine kept the old descriptor and made a view.
import numpy as np
v0 = np.arange(1, dtype=float).reshape((), order='C')
v1 = v0.astype('>f8', order='C', copy=True)
v1.dtype = int
w = np.asanyarray(v1, dtype=int, order='C')
a1 = np.arange(3.0).astype('>f8')
a1.dtype = int
w1 = np.asarray(a1, dtype=int)
same = w1 is a1
a2 = np.arange(3)
a2.dtype = '>i8'
w2 = np.asarray(a2, dtype='>i8')
still = w2 is a2
a3 = np.arange(3.0).astype('>f8')
a3.dtype = '>i8'
w3 = np.asarray(a3, dtype='>i8')
