# The 64-dimension limit of NumPy 2.0 through indexing: 31 new axes on a 1-d array make 32 dimensions (a view
# in both versions); 32 new axes make 33, an IndexError in NumPy 1.24 and a view with 33 strides in NumPy 2.
import numpy as np
a = np.arange(2)
d = a[None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
      None, None, None, None, None, None, None, None, None, None, None, None, None, None, None]
d.base is a
c = a[None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
      None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None]
