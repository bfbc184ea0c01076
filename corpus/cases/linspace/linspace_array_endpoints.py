# Array endpoints: the difference is an array, so the step is an array and the samples a fresh product
# (arange reshaped to (num, 1, ...) times the step), moved to axis= as a view of that product.
import numpy as np
s = np.array([0.0, 1.0])
a = np.linspace(s, 3, 3)
b = np.linspace(s, 3, 3, axis=1)
c = np.linspace(0, np.array([[1], [2]]), 3, axis=-1)
d = np.linspace(s, [2.0, 5.0], 4, retstep=True)
e = np.linspace(s, s, 3)
f = np.linspace(np.zeros((2, 2), order='F'), 1, 2, axis=2)
