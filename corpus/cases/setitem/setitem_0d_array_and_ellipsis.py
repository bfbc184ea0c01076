# setitem: z[...] = v and z[()] = v write into a 0-d array in place; the object is kept.
import numpy as np
z = np.array(1.5)
w = z
z[...] = 7
z
z[()] = 8.25
w is z
w
