# einsum_sort_require: a.sort() sorts in place through views (a transposed or reversed view sorts the
# memory it sees), NaN last; np.sort returns a sorted copy (axis=None: of the flattened array); a
# read-only array is ValueError and a 0-d one AxisError.
import numpy as np
a = np.array([[3.0, np.nan, 1.0], [2.0, 0.0, -1.0]])
t = a.T
t.sort()
r = a[0, ::-1]
r.sort()
s = np.sort(a, axis=0)
f = np.sort(a, axis=None)
s.base is None
ro = np.arange(3)[::-1]
ro.flags.writeable = False
# expect: ValueError
ro.sort()
# expect: ValueError
np.array(3).sort()
c = np.array([1 + 2j, 1 + 1j, np.nan + 0j, 0 + 5j])
c.sort()
