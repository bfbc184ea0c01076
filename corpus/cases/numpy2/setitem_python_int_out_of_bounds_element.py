# Storing an out-of-range Python int into one integer element: NumPy 2 raises OverflowError and leaves the
# element as it was; NumPy 1.24 wrapped it (a_int8[0] = 300 stored 44, with only a DeprecationWarning). The
# bounds are the dtype's: 127 and -128 fit int8, 255 fits uint8, -1 and 256 do not. A view writes through. A
# Python float is truncated through int() in NumPy 2 and then bounds-checked (127.9 stores 127, 1e10 raises),
# where NumPy 1.24 cast the double with C semantics (out of range: whatever the platform gives, no error).
import numpy as np
a = np.zeros(6, dtype=np.int8)
a[0] = 300
a[1] = -129
a[2] = 127
a[3] = -128
a[4] = 127.9
a[5] = 1e10
u = np.zeros(3, dtype=np.uint8)
v = u[1:]
u[0] = -1
v[0] = 256
v[1] = 255
