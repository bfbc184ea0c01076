# advanced_indexing: an empty index list selects nothing: m[[]] has shape (0, 4), m[:, []] shape
# (3, 0); both are copies.
import numpy as np
m = np.arange(12).reshape(3, 4)
a = m[[]]
b = m[:, []]
a.shape
a.dtype
b.shape
np.shares_memory(a, m)
