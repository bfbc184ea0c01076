# creation: np.arange with dtype=bool only works for at most 2 elements; 3 raises TypeError.
import numpy as np
a = np.arange(0, 2, dtype=bool)
a.dtype
b = np.arange(1, dtype=bool)
# expect: TypeError
c = np.arange(3, dtype=bool)
a
