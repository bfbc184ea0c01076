# numpy: >=2
# NumPy 2's stable= of np.sort and a.sort: True is the stable kind (equal elements with other bits kept in order),
# False or None the default; given together with kind= (even kind='stable'), ValueError. NumPy 1.24 has no such
# keyword (numpy2_semantics/sort_stable_keyword_is_unknown_to_numpy_1_24.py).
import numpy as np
a = np.array([0.0, -0.0, 1.0, -0.0, 0.0, 2.0, 0.0, -0.0, 1.0, 0.0, -0.0, 0.0, -0.0, 2.0, 0.0, -0.0, 0.0, 1.0])
s = np.sort(a, stable=True)
sb = s.view(np.int64)
b = a[::-1]
b.sort(stable=True)
c = np.sort(a, stable=None)
d = np.sort(np.arange(5)[::-1], stable=False)
# expect: ValueError
np.sort(a, kind='stable', stable=True)
# expect: ValueError
a.sort(kind='heapsort', stable=False)
