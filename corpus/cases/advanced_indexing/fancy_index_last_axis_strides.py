# advanced_indexing: x[:, :, [0, 1]] and x[..., [0, 2]] put the indexed axis last with strides
# (24, 8, 48): built as (2, 2, 3) and transposed.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
a = x[:, :, [0, 1]]
b = x[..., [0, 2]]
a.strides
b.strides
b
b.flags.owndata
