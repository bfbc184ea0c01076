# errors: OverflowError: np.inf into an int array, a Python int beyond int64 as an index, as a fill
# value for an int64 array, or in np.int64(); state unchanged.
import numpy as np
a = np.arange(3)
# expect: OverflowError
a[0] = np.inf
# expect: OverflowError
a[9223372036854775808]
# expect: OverflowError
np.full(2, 18446744073709551616, dtype=np.int64)
# expect: OverflowError
s = np.int64(9223372036854775808)
a
