# advanced_indexing: m[[0, 2]][:, [1]] chains two fancy indices: the first gives an owner, the
# second a transposed temporary; basic indexing of a fancy result is a view of that result.
import numpy as np
m = np.arange(12).reshape(3, 4)
a = m[[0, 2]]
b = a[:, [1]]
c = a[1]
b.strides
b.base is None
c.base is a
b
