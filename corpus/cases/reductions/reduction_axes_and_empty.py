# Reduction axes: negative axes and tuples, AxisError (ValueError) past the end, ValueError for a repeated axis;
# over nothing sum gives zeros and mean NaN while min/max raise ValueError. Results own their memory.
import numpy as np
a = np.ones((2, 0, 3))
s = a.sum(axis=1)
s.base is None
m = np.mean(a, axis=(-2,))
# expect: ValueError
a.max(axis=1)
b = a.max(axis=0)
# expect: ValueError
a.sum(axis=3)
# expect: ValueError
a.sum(axis=(0, -3))
c = np.all(np.arange(6).reshape(2, 3), axis=-1)
d = np.any(np.zeros((2, 2)), keepdims=True)
