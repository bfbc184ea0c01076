# promotion: value-based casting over three operands (np.clip) keeps the "small unsigned" mark of a
# value only while every scalar so far has it; a bool scalar drops it (NumPy 1.24: int16, not int8).
import numpy as np
a = np.array([1, 2], dtype=np.int8)
np.clip(True, 5, a)
np.clip(np.uint8(5), True, a)
np.clip(5, np.uint8(7), a)
np.clip(np.bool_(False), np.uint16(3), a)
np.clip(True, np.array(5, dtype=np.uint8), np.array([3, 4], dtype=np.int16))
