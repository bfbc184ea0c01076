# A byte order in a ufunc's dtype= is a TypeError that NumPy raises while it parses the arguments, before it looks
# at out: a read-only out (a broadcast view) is not reported then (property test, seed 906). With a plain dtype the
# read-only out is the error.
import numpy as np
v4 = np.broadcast_to(np.arange(1.0), (1, 2, 3))
np.add(v4, v4, v4[::-1], dtype='>i2')
np.negative(v4, v4, dtype='>f8')
np.add(v4, v4, out=v4, dtype='>f8')
v4.sum(axis=0, out=v4[0], dtype='>f8')
np.add(v4, v4, v4, casting='no', dtype=np.int8)
