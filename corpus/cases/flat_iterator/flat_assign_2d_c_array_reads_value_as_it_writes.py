# flat_iterator: `a.flat = v` hands NumPy a copy of v only when a is F-contiguous and v is not; a 2-D C array
# reads an overlapping v element by element as it writes, so the second row sees the rows already written.
import numpy as np
a = np.arange(6).reshape(2, 3)
a.flat = a[::-1]
b = np.arange(6).reshape(2, 3)
b.flat = b[:, ::-1]
c = np.arange(12).reshape(3, 4)
c.flat = c[::-1, 1:3]
