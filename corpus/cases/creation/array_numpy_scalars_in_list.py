# creation: NumPy scalars inside lists take part in dtype inference: int8 scalars stay int8,
# int8 + Python int -> int64, float32 + Python float -> float64, uint8 + int8 -> int16,
# int16 + uint8 -> int16, bool_ scalars -> bool.
import numpy as np
a = np.array([np.int8(1), np.int8(2)])
b = np.array([np.int8(1), 2])
c = np.array([np.float32(1), 2.0])
d = np.array([np.uint8(1), np.int8(-1)])
e = np.array([np.int16(3), np.uint8(4)])
f = np.array([np.bool_(True), False])
g = np.array([np.float32(1), np.float32(2)])
