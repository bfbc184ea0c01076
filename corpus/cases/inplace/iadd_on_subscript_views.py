# inplace: `m[1] += 10`, `m[:, ::2] *= -1` and `m.T[0] += 100` write through views into m.
import numpy as np
m = np.arange(6).reshape(2, 3)
m[1] += 10
m[:, ::2] *= -1
m
t = m.T
t[0] += 100
m
