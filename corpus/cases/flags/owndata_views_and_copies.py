# flags: owndata is True for fresh arrays and copies, False for slices, reshapes, views and
# transposes.
import numpy as np
a = np.arange(6)
a.flags.owndata
a[1:].flags.owndata
a.reshape(2, 3).flags.owndata
a.view().flags.owndata
a.reshape(2, 3).T.flags.owndata
a.copy().flags.owndata
np.array(a).flags.owndata
