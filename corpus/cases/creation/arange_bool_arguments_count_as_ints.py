# creation: np.arange takes Python and NumPy bools as the integers 0 and 1 (start, stop or step), giving int64
# (or the dtype asked for).
import numpy as np
a = np.arange(True)
b = np.arange(np.bool_(True), 4)
c = np.arange(0, 3, True)
d = np.arange(False, True, dtype=np.int8)
e = np.arange(np.bool_(True), 3.5)
