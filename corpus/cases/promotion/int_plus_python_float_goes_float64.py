# promotion: an integer array of any width plus a Python float gives float64 (value-based casting
# does not cross kinds downward): int8, uint8, int16, int32 + 1.5.
import numpy as np
np.array([1, 2], dtype=np.int8) + 1.5
np.array([1, 2], dtype=np.uint8) + 1.5
np.array([1, 2], dtype=np.int16) + 1.5
np.array([1, 2], dtype=np.int32) + 1.5
np.array([1, 2], dtype=np.int8) * 0.5
