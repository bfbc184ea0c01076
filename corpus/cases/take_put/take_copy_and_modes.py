# take_put: np.take / a.take return a fresh C-ordered copy (base None) along an axis or of the raveled
# array; wrap and clip modes resolve out-of-range positions (clip sends negatives to 0); raise mode is
# IndexError (from -length on, a negative position counts from the end); a single position of a 1-D array is a
# scalar.
import numpy as np
a = np.arange(12).reshape(3, 4).T
t = np.take(a, [2, 0, 2], axis=1)
r = a.take([[1, 5]])
w = np.take(a, [-9, 13], axis=0, mode='wrap')
c = a.take([-1, 20], axis=1, mode='clip')
s = np.arange(5).take(3)
n = np.take(a, [-4, 3], axis=0)
m = a.take([-3], axis=1)
z = np.take(np.float64(2.5), 0)
# expect: IndexError
np.take(a, [0, 4], axis=0)
# expect: AxisError
np.take(a, [0], axis=2)
