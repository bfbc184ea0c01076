# broadcast: incompatible target shapes raise ValueError (a mismatching axis, fewer dimensions).
import numpy as np
a = np.arange(3)
# expect: ValueError
np.broadcast_to(a, (2, 4))
# expect: ValueError
np.broadcast_to(np.ones((2, 3)), (3,))
a
