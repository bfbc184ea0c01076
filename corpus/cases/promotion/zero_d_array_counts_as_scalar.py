# promotion: a 0-d array operand is value-based like a scalar: int8 array + np.array(300) is int16,
# but int8 array + np.array([300]) (1-D) is int64; a 0-d int8 + 300 gives an int64 scalar.
import numpy as np
i8 = np.array([1, 2], dtype=np.int8)
z = np.array(300)
i8 + z
i8 + np.array([300])
i8 + [300]
r = np.array(1, dtype=np.int8) + 300
