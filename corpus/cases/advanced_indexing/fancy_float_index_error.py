# advanced_indexing: an index array of floats raises IndexError; an integer array of another
# integer dtype (int8, uint8) is fine.
import numpy as np
a = np.arange(5)
i8 = np.array([1, 3], dtype=np.int8)
u8 = np.array([4, 0], dtype=np.uint8)
a[i8]
a[u8]
# expect: IndexError
a[np.array([1.0, 2.0])]
a
