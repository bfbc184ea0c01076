# arithmetic: integer overflow wraps silently in array arithmetic: int8 127 + 1 stays int8 (value-
# based: 1 fits int8) and becomes -128; uint8 255 + 1 wraps to 0; uint8 0 - 1 wraps to 255.
import numpy as np
a = np.array([127, 1], dtype=np.int8)
a + 1
u = np.array([255, 0], dtype=np.uint8)
u + 1
u - 1
a * 2
