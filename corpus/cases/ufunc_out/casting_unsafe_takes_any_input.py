# ufunc_out: casting='unsafe' lets any input into the named loop, a Python float into an int64 loop included
# (truncated); the default 'same_kind' refuses it (UFuncTypeError).
import numpy as np
a = np.arange(3)
np.add(a, 1.5, dtype=np.int64, casting='unsafe')
np.multiply(a, 2.7, dtype=np.int8, casting='unsafe')
np.add(a, 1.5, dtype=np.int64)
np.subtract(np.array([1.9, -2.5]), 1, dtype=np.int32, casting='unsafe')
