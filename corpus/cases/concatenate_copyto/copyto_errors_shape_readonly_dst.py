# concatenate_copyto: copyto with a non-broadcastable source is ValueError, into a read-only array
# ValueError, into a list TypeError; the destination is unchanged.
import numpy as np
y = np.zeros((2, 3))
# expect: ValueError
np.copyto(y, [1, 2])
r = np.arange(3)
r.flags.writeable = False
# expect: ValueError
np.copyto(r, 5)
# expect: TypeError
np.copyto([1, 2], r[:2])
y
r
