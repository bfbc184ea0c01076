# numpy: <2
# take_put: NumPy 1.24 takes a clip mode by its first letter (with a warning) and np.take_along_axis
# requires its axis (TypeError without it).
import numpy as np
a = np.arange(5)
c = np.take(a, [9], mode='c')
a.put([-7], 1, mode='W')
# expect: TypeError
np.take_along_axis(a, np.array([0]))
