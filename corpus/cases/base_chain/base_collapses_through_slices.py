# base_chain: a slice of a slice of a slice has base = the owning array (NumPy collapses the
# chain), never the intermediate view.
import numpy as np
a = np.arange(10)
b = a[1:]
c = b[1:]
d = c[::2]
b.base is a
c.base is a
d.base is a
c.base is b
d[0] = -1
a
