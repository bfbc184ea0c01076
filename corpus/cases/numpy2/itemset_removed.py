# numpy: >=2
# NumPy 2.0 removed ndarray.itemset: an AttributeError, and the array is untouched.
import numpy as np
a = np.arange(4)
a.itemset(1, 9)
