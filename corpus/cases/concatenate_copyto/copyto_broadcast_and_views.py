# concatenate_copyto: np.copyto writes in place with broadcasting (a row into every row), through a
# view into its owner; it returns None.
import numpy as np
y = np.zeros((2, 3))
np.copyto(y, [1, 2, 3])
y
v = y[:, 1]
np.copyto(v, 7)
y
np.copyto(y[1], np.arange(3))
y
