# flags: writes to a read-only array raise ValueError for setitem, fill, copyto and +=; the array
# is unchanged after each.
import numpy as np
a = np.arange(4)
a.flags.writeable = False
# expect: ValueError
a[0] = 5
a
# expect: ValueError
a.fill(1)
a
# expect: ValueError
np.copyto(a, 3)
# expect: ValueError
a += 1
a
