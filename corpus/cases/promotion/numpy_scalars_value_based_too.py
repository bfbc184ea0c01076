# promotion: in NumPy 1.24 NumPy scalars are value-based against arrays like Python scalars:
# int8 array + np.int64(1) stays int8, + np.int64(300) gives int16, float32 + np.float64(1)
# float32, uint8 + np.int8(-1) int16, uint8 + np.int8(1) uint8, int8 + np.float32(1) float32.
import numpy as np
i8 = np.array([1, 2], dtype=np.int8)
u8 = np.array([1, 2], dtype=np.uint8)
f32 = np.array([1, 2], dtype=np.float32)
i8 + np.int64(1)
i8 + np.int64(300)
f32 + np.float64(1)
u8 + np.int8(-1)
u8 + np.int8(1)
i8 + np.float32(1)
