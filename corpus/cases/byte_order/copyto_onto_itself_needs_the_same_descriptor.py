# numpy: <2
# byte_order: np.copyto skips copying an array onto exactly itself (same memory, shape, strides and the same
# descriptor object) before any other check; a newbyteorder('<') view of a native array has an equal but other
# descriptor, so copying between the two is not skipped: the where mask must broadcast (ValueError), a read-only
# destination refuses (ValueError), and otherwise the same values are written.
import numpy as np
z = np.full((1, 2), -3, order='C')
e = z[-4:-4:-3,]
f = e.newbyteorder('<')
# expect: ValueError
np.copyto(f, e, casting='unsafe', where=[True, True, True, True])
np.copyto(e, e, where=[True, True, True, True])
g = z.newbyteorder('<')
np.copyto(g, z)
r = z.newbyteorder('<')
r.flags.writeable = False
# expect: ValueError
np.copyto(r, z)
s = z[:]
s.flags.writeable = False
np.copyto(s, z)
