# numpy: >=2
# take_put: with axis=None, take_along_axis and put_along_axis read arr.flat, a flat iterator, which NumPy 2
# still walks with its old iterator of at most 32 dimensions: RuntimeError for a 33-d arr, after the check that
# the index has one dimension (a ValueError first); a 32-d arr is written through np.array(arr.flat).
import numpy as np
v = np.zeros((2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), dtype='>i2')
# expect: RuntimeError
np.put_along_axis(v, np.array([-2]), -3, axis=None)
# expect: RuntimeError
t = np.take_along_axis(v.T, np.array([0, -2]), axis=None)
# expect: ValueError
np.put_along_axis(v, np.array([[0]]), 1, axis=None)
w = v[..., 0]
np.put_along_axis(w, np.array([1]), 7, axis=None)
t = np.take_along_axis(w, np.array([1, -2]), axis=None)
