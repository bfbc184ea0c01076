# setitem: a single 1-d index array with repeated positions writes them in the index's logical order, also when
# the index and the value both run backwards in memory (NumPy does not walk them in memory order): the last of
# the repeated positions wins, here a[0] = 10.
import numpy as np
a = np.zeros(3)
i = np.array([0, 0, 1])[::-1]
v = np.array([10.0, 20.0, 30.0])[::-1]
a[i] = v
b = np.zeros(4, dtype=np.int16)
j = np.array([3, 1, 3, 1, 2])[::-1]
w = np.arange(5, dtype=np.int16)[::-1]
b[j] = w
c = np.zeros((2, 3))
k = np.array([[1, 1], [0, 1]])[::-1, ::-1]
c[k, 0] = np.array([[1.0, 2.0], [3.0, 4.0]])[::-1, ::-1]
