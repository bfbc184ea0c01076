# promotion: bool array + True stays bool; + np.bool_(True) bool; int8 + True stays int8; uint8 +
# True stays uint8; bool + 1 is int64 (Python int with bool array -> default int).
import numpy as np
b = np.array([True, False])
i8 = np.array([1, 2], dtype=np.int8)
u8 = np.array([1, 2], dtype=np.uint8)
b + True
b + np.bool_(True)
i8 + True
u8 + True
b + 1
