# transpose: np.transpose of a nested list returns a view of an unnamed temporary (base not None).
import numpy as np
t = np.transpose([[1, 2], [3, 4]])
t.base is None
t.flags.owndata
t.flags.f_contiguous
t
t.strides
