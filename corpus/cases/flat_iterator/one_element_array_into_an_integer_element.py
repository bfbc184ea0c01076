# flat_iterator: writing an array of one element with dimensions into one integer element. NumPy 2 refuses any such
# array (ValueError). NumPy 1.24's integer setitem takes int() of it, which refuses a NaN, an infinity or a float
# beyond 64 bits, and truncates and wraps the others (property test, seed 108, NumPy 1.24: `v1.flat[-4] = v0` with
# v0 = np.array([[np.nan]]) into an int64 array). A 0-d array is cast instead, under both.
import numpy as np
g = np.zeros(4, dtype=np.int64)
g.flat[-4] = np.array([[np.nan]])
g.flat[1] = np.array([np.inf], dtype=np.float32)
g.flat[2] = np.array([[1e30]])
g.flat[3] = np.array([[-1.5]])
g.flat[True] = np.array([[np.nan]])
g.flat[True] = np.array([[300.0]])
h = np.zeros(3, dtype=np.uint8)
h.flat[0] = np.array([-1.5])
h.flat[1] = np.array([[300.0]])
h.flat[2] = np.array([np.nan])
g.flat[0] = np.array(np.nan)
