# reshape: wrong total size and two unknown dimensions raise ValueError; the array is unchanged.
import numpy as np
a = np.arange(12)
# expect: ValueError
a.reshape(5)
# expect: ValueError
a.reshape(-1, -1)
# expect: ValueError
a.reshape(-1, 5)
# expect: ValueError
np.reshape(a, (13,))
a.shape
