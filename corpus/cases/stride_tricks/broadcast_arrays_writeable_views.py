# stride_tricks: np.broadcast_arrays gives zero-stride views of the inputs that need broadcasting, still
# writeable when the input is (a write lands in the shared element); which inputs come back themselves
# differs between NumPy versions (the oracle decides); they only warn on writes, so their __array_interface__
# (as_strided of them or of their views) is read-only until the flag is set again.
import numpy as np
x = np.arange(3)
y = np.arange(2).reshape(2, 1)
b = np.broadcast_arrays(x, y)
b[0].strides
b[0].flags.writeable
b[1][0, 0] = 9
same = np.broadcast_arrays(x, np.arange(3))
same[0] is x
mixed = np.broadcast_arrays(np.zeros((2, 3)), x)
mixed[0].strides
w = mixed[1]
np.lib.stride_tricks.as_strided(w[::-1]).flags.writeable
w.flags.writeable = True
np.lib.stride_tricks.as_strided(w).flags.writeable
