# partition: inputs that defeat the median-of-3 pivot until the depth limit, so introselect falls back to the
# median of medians of five (its own selection of the medians keeps no pivots); the arrangement shows each pivot.
import numpy as np
a = np.arange(-1, 57, dtype=np.int8)
a[0] = 57
np.partition(a, 29)
np.partition(a, [29, 40])
b = np.arange(94, 0, -1, dtype=np.int8)
b[0] = 0
np.partition(b, 4)
c = b.astype(np.int64)
np.partition(c, [4, 50])
d = a.astype(np.int64)
np.partition(d, [10, 29])
d.partition([29, 40])
d
