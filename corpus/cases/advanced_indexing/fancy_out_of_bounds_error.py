# advanced_indexing: an out-of-bounds entry in an index array raises IndexError; so do index arrays
# that cannot broadcast; the source is unchanged.
import numpy as np
m = np.arange(6).reshape(2, 3)
# expect: IndexError
m[[0, 2]]
# expect: IndexError
m[:, [-4]]
# expect: IndexError
m[[0, 1], [0, 1, 2]]
m
