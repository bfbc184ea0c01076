# numpy: >=2
# A unary ufunc's at with a third argument is a ValueError under NumPy 2 (NumPy 1.24 crashes on it, so this
# case runs on NumPy 2 only); the destination is untouched.
import numpy as np
a = np.arange(4)
np.negative.at(a, [0, 1], 1)
np.sqrt.at(a, [2], [1.0])
