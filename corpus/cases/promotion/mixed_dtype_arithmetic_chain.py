# promotion: chained arithmetic promotes step by step: (int8 + uint8) * float32 -> int16 * float32 ->
# float32; (uint16 + int8) -> int32, then + 0.5 -> float64.
import numpy as np
i8 = np.array([1, -2], dtype=np.int8)
u8 = np.array([3, 4], dtype=np.uint8)
f32 = np.array([0.5, 0.25], dtype=np.float32)
r = (i8 + u8) * f32
r.dtype
u16 = np.array([1, 2], dtype=np.uint16)
s = u16 + i8
s.dtype
t = s + 0.5
t.dtype
