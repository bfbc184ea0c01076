# NumPy 1.24's value-based scalars: 0 is smallest as uint8 (an unsigned array stays unsigned), and float16's bounds
# are strict (-65000.0 needs float32, -64999.0 fits); NumPy 2's Python scalars are weak, the oracle decides both.
import numpy as np
u8 = np.array([1, 2], dtype=np.uint8)
u16 = np.array([1, 2], dtype=np.uint16)
f16 = np.array([1, 2], dtype=np.float16)
u8 + 0
u16 * np.int64(0)
f16 + (-65000.0)
f16 + 65000.0
f16 + (-64999.0)
