# cumsum's errors leave everything as it was: an axis out of range (AxisError, a ValueError and IndexError),
# an out of the wrong shape or a read-only one, an out that is not an array.
import numpy as np
a = np.arange(6).reshape(2, 3)
np.cumsum(a, axis=2)
np.cumsum(np.array(3), axis=1)
o = np.zeros(5)
np.cumsum(a, out=o)
p = np.zeros((2, 3))[:, ::2]
np.cumsum(a, axis=1, out=p)
q = np.zeros(6)
q.flags.writeable = False
np.cumsum(a, out=q)
np.cumsum(a, out=[0, 0, 0, 0, 0, 0])
e = np.cumsum(np.zeros((0, 3)), axis=0)
f = np.cumprod(np.zeros((2, 0)), axis=0)
g = np.cumsum(np.zeros(0))
# NumPy 1.24 reads axis=32 (its NPY_MAXDIMS) as axis=None; NumPy 2 says AxisError (found by the property test,
# seed 404).
h = np.cumsum(a, axis=32)
i = np.array(1.5).cumsum(axis=32, dtype=float)
j = np.cumsum(a, axis=33)
# A read-only out: NumPy 2 refuses it always; NumPy 1.24 checks it only through the outer iterator it builds (more
# than one dimension, a cast, unaligned data, an out overlapping the input), and otherwise writes into it (found
# by the property test, seed 609).
ro = np.zeros(3)
ro.flags.writeable = False
np.cumsum(np.arange(3.0), out=ro)
ro2 = np.zeros((2, 3))
ro2.flags.writeable = False
np.cumsum(np.ones((2, 3)), axis=1, out=ro2)
ro3 = np.zeros(3, dtype=np.float32)
ro3.flags.writeable = False
np.cumsum(np.arange(3.0), out=ro3)
