# numpy: <2
# np.sort and a.sort take no stable= in NumPy 1.24 (TypeError, also stable=None); kind='stable' is its way.
import numpy as np
a = np.array([0.0, -0.0, 1.0, -0.0, 0.0])
s = np.sort(a, kind='stable')
# expect: TypeError
np.sort(a, stable=True)
# expect: TypeError
a.sort(stable=None)
