# scalars: a NumPy scalar with an array: float64 scalar * int64 array -> float64 array; float32
# scalar * int64 array -> float64; float32 scalar * int8 array -> float32; int8 scalar * uint8
# array -> uint8 (value-based), np.int8(-2) * uint8 array -> int16.
import numpy as np
a = np.arange(2)
u = np.arange(2, dtype=np.uint8)
i8 = np.arange(2, dtype=np.int8)
np.float64(2) * a
np.float32(2) * a
np.float32(2) * i8
np.int8(2) * u
np.int8(-2) * u
