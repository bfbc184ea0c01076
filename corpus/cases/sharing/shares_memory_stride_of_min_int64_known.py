# Known divergence (both NumPys; listed in both expectation files). A stride of -2**63: NumPy's solver answers
# False; the engine's overflow-checked stride x extent product raises OverflowError. The view is never bound to
# a name (the runner asks np.shares_memory about every pair of named arrays, and NumPy fails inside it).
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.zeros(4, np.int8)
r = np.shares_memory(a, as_strided(a, shape=(2,), strides=(-9223372036854775808,)))
