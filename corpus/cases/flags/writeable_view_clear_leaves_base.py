# flags: clearing writeable on a view does not affect its base or sibling views; the base can
# still be written and the read-only view sees the change.
import numpy as np
a = np.arange(5)
v = a[::2]
w = a[1:]
v.flags.writeable = False
a.flags.writeable
w.flags.writeable
a[0] = 50
v
# expect: ValueError
v[1] = 1
w[1] = 20
v
