# numpy: >=2
# nonzero_where: NumPy 2 refuses nonzero of a 0-d array (np.where(c) with a scalar condition too).
import numpy as np
z = np.array(3)
# expect: ValueError
z.nonzero()
# expect: ValueError
np.where(True)
n = np.nonzero(np.array([3]))
