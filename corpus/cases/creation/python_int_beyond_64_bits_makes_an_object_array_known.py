# creation: with no dtype asked for, a Python int beyond int64 and uint64 makes NumPy build an object array
# (np.array, np.asarray, np.full, np.arange alike). The engine has numeric dtypes only: its system raises
# NotImplementedError, a known divergence (corpus/expected-divergences/).
import numpy as np
a = np.array([2 ** 70])
