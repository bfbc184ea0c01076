# np.resize(a, shape) is NumPy's Python code: a.ravel() repeated by np.concatenate, the first n elements sliced,
# reshaped: a view whose base is that concatenation (never a's memory); np.zeros_like when either size is 0.
import numpy as np
a = np.arange(6.0).reshape(2, 3)
b = np.resize(a, (3, 4))
c = np.resize(a, (2, 3))
d = np.resize(a.T, 4)
e = np.resize(np.zeros(0, dtype=np.int8), (2, 2))
f = np.resize(a, (0, 3))
g = np.resize([1, 2, 3], (2, 2))
h = np.resize(np.arange(3), (-1, 2))
i = np.resize(np.array(5), (2,))
