# arithmetic: arithmetic on 0-d arrays returns NumPy scalars, not 0-d arrays; with a 1-element 1-D
# array the result stays an array.
import numpy as np
z = np.array(3)
s = z + 1
t = z * z
u = np.arange(1) + 1
u.shape
c = z > 1
