# promotion: comparisons with scalars outside the array's range work without error: int8 == 300 is
# all False, uint8 < -1 all False, uint8 > -1 all True, int8 == 1.5 all False.
import numpy as np
i8 = np.array([1, 2], dtype=np.int8)
u8 = np.array([1, 2], dtype=np.uint8)
i8 == 300
u8 < -1
u8 > -1
i8 == 1.5
i8 < 2.5
