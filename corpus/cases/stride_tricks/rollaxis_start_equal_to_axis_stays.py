# stride_tricks: np.rollaxis(a, axis, start) with start equal to the axis leaves it where it is (start moves
# down by one only for an axis before it): a[...], a new view of the same layout.
import numpy as np
a = np.arange(24).reshape(2, 3, 4)
s1 = np.rollaxis(a, 1, 1)
s1.base is a.base
s2 = np.rollaxis(a, 2, 2)
s0 = np.rollaxis(a, 0, 0)
m = np.rollaxis(a, -2, 1)
