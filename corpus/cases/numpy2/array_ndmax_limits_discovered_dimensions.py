# numpy: >=2
# NumPy 2.4's np.array(obj, ndmax=n): nested sequences may make at most n dimensions (array leaves count theirs:
# ValueError past it), an array obj keeps its own (the same object with copy=False), ndmax must lie in [0, 64] and
# be at least ndmin. Left out, the limit is NPY_MAXDIMS; given as 0 it is 0.
import numpy as np
a = np.array([[1, 2], [3, 4]], ndmax=2)
b = np.array([np.ones((2, 2))], ndmax=3)
c = np.ones((2, 3))
d = np.array(c, ndmax=1, copy=False)
e = np.array(5, ndmax=0)
f = np.array([1, 2], ndmin=1, ndmax=1)
# expect: ValueError
np.array([[1, 2], [3, 4]], ndmax=1)
# expect: ValueError
np.array([c, c], ndmax=2)
# expect: ValueError
np.array([[1, 2]], ndmax=0)
# expect: ValueError
np.array([1, 2], ndmax=65)
# expect: ValueError
np.array([1, 2], ndmin=2, ndmax=1)
# expect: TypeError
np.array([1, 2], ndmax=1.0)
