# operators: a Python int beyond int64 and uint64 as an operand. NumPy 2 converts it as float() for a float or
# complex array (an integer array raises OverflowError), NumPy 1.24 makes object arrays of both; the engine's
# scalars hold at most uint64, so its system raises OverflowError everywhere: a known divergence.
import numpy as np
f = np.arange(3.0)
g = f + 2 ** 70
