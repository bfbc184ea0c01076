# basic_indexing: np.newaxis / None insert length-1 axes with stride 0 anywhere in the index.
import numpy as np
a = np.arange(6)
m = a.reshape(2, 3)
b = a[:, None]
c = a[np.newaxis]
d = m[None, ..., None]
e = m[:, None, :]
b.strides
c.strides
d.strides
e.strides
e.base is a
b.flags.c_contiguous
