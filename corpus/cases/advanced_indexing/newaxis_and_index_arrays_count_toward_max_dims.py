# advanced_indexing: newaxis items and index arrays together may not make more dimensions than NumPy allows
# (32 under 1.24, 64 under 2): each newaxis adds one and the index arrays add theirs (IndexError past it).
import numpy as np
a = np.zeros(1)
k32 = (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
    None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, [0])
k64 = (None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
    None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
    None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None, None,
    None, None, None, None, None, None, None, None, None, None, None, None, None, [0])
a[k32].shape
a[k64]
a[k32[1:]].shape
