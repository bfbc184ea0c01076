# promotion: NumPy 1.24 value-based casting of Python ints: int8 + 1 and int8 + 127 stay int8
# (127 wraps), int8 + 128 and + 300 become int16, + 70000 int32, + 2**40 int64, - 129 int16.
import numpy as np
a = np.array([1, 2], dtype=np.int8)
a + 1
a + 127
a + 128
a + 300
a + 70000
a + 1099511627776
a - 129
