# numpy: <2
# nonzero_where: NumPy 1.24 reads nonzero of a 0-d array as nonzero of atleast_1d (one positions array).
import numpy as np
z = np.array(3)
p = z.nonzero()
q = np.where(False)
