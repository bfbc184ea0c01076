# stride_tricks: np.rollaxis returns a transposed view, or a[...] (a new view, same layout) when the axis
# stays; a bad axis or start is AxisError (a ValueError).
import numpy as np
a = np.arange(24).reshape(2, 3, 4)
r = np.rollaxis(a, 2)
r1 = np.rollaxis(a, 0, 3)
same = np.rollaxis(a, 1, 2)
same is a
same.base is a.base
n = np.rollaxis(a, -1, -2)
# expect: ValueError
np.rollaxis(a, 3)
# expect: ValueError
np.rollaxis(a, 0, 4)
# expect: AttributeError
np.rollaxis([1, 2], 0)
