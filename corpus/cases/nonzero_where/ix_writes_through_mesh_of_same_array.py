# Writing through an np.ix_ mesh built from views of the array being written: NumPy reads the index arrays
# before it writes, so values written do not change which positions are selected; repeated positions keep the
# last value.
import numpy as np
a = np.array([[0, 1, 2], [2, 1, 0], [1, 1, 1]])
mesh = np.ix_(a[0], a[1])
a[mesh] = np.arange(9).reshape(3, 3)
b = np.arange(16).reshape(4, 4) % 4
m2 = np.ix_(b[:, 0], b[0, ::-1])
b[m2] += 10
