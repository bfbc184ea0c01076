# np.concatenate with an out-of-bound axis >= 32: NumPy 1.24 treated it as axis=None and returned a flattened
# copy; NumPy 2.0 raises AxisError (category ValueError) like for any other bad axis. axis=2 and axis=-3 are
# errors in both; axis=None flattens in both.
import numpy as np
b = np.arange(4).reshape(2, 2)
d = np.concatenate([b, b], axis=2)
e = np.concatenate([b, b], axis=-3)
f = np.concatenate([b, b.T], axis=None)
a = np.concatenate([b, b], axis=32)
c = np.concatenate([b, b.T], axis=100)
