# ravel_flatten: writing into a ravel view changes the source; writing into a ravel copy does not.
import numpy as np
m = np.arange(6).reshape(2, 3)
v = m.ravel()
c = m.T.ravel()
v[0] = 100
c[1] = -100
m
c
