# where= writes only the selected elements of out (the rest keep their values), broadcasting the mask; a mask
# that is not bool must cast to bool safely (TypeError for an int array).
import numpy as np
o = np.full((2, 3), -1.0)
np.add(np.arange(3), 100, out=o, where=[True, False, True])
np.multiply(o, 2, out=o, where=np.array([[True], [False]]))
m = np.zeros(3, dtype=bool)
np.negative(o[0], out=o[1], where=m)
# expect: TypeError
np.add(o, 1, out=o, where=np.array([1, 0, 1]))
v = o.T
np.sqrt(np.arange(6.0).reshape(3, 2), out=v, where=np.array([False, True]))
