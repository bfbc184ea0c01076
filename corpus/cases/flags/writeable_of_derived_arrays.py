# flags: from a read-only owner, views (view, reshape, T) are read-only, while copies, fancy
# indexing results and arithmetic results are writeable; np.asarray returns the same object.
import numpy as np
a = np.arange(6)
a.flags.writeable = False
a.view().flags.writeable
a.reshape(2, 3).flags.writeable
a.reshape(2, 3).T.flags.writeable
a.copy().flags.writeable
a[[0, 1]].flags.writeable
(a + 1).flags.writeable
np.asarray(a) is a
np.array(a, copy=False).flags.writeable
