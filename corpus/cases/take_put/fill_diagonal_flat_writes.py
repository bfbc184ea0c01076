# take_put: np.fill_diagonal writes a.flat[::n+1] in place (cyclic values, wrap for tall matrices, the
# n-d diagonal), reading a values view of the same array as the writes go; a read-only array is
# ValueError, as are fewer than 2 or unequal dimensions.
import numpy as np
m = np.zeros((3, 3))
np.fill_diagonal(m, [1, 2])
t = np.zeros((5, 3))
np.fill_diagonal(t, 7, wrap=True)
c = np.zeros((2, 2, 2), dtype=np.int8)
np.fill_diagonal(c, 5)
f = np.arange(9.0).reshape(3, 3).T
np.fill_diagonal(f, f[::-1, 0])
ro = np.zeros((2, 2))
ro.flags.writeable = False
# expect: ValueError
np.fill_diagonal(ro, 1)
# expect: ValueError
np.fill_diagonal(np.zeros(3), 1)
# expect: ValueError
np.fill_diagonal(np.zeros((2, 3, 2)), 1)
