# flags: clearing writeable on the owner makes new views read-only; a read-only view cannot be made
# writeable while its base is read-only (ValueError), but can once the base is writeable again.
import numpy as np
a = np.arange(6)
a.flags.writeable = False
v = a[1:]
v.flags.writeable
# expect: ValueError
v.flags.writeable = True
a.flags.writeable = True
v.flags.writeable
v.flags.writeable = True
v[0] = 100
a
