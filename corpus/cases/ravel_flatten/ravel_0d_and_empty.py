# ravel_flatten: ravel of a 0-d array is a 1-element view; flatten of it a 1-element copy; ravel of
# an empty 2-D array has size 0.
import numpy as np
z = np.array(5)
r = z.ravel()
r.shape
r.base is z
f = z.flatten()
f.base is None
e = np.zeros((2, 0))
er = e.ravel()
er.shape
er.base is e
