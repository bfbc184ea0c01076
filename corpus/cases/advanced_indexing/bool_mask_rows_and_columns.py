# advanced_indexing: a 1-D mask on rows gives an owning copy; a 1-D mask on columns gives a
# transposed temporary (strides (8, 24)).
import numpy as np
m = np.arange(12).reshape(3, 4)
r = m[m[:, 0] > 0]
c = m[:, m[0] > 1]
r.strides
r.base is None
c.strides
c.base is None
c
