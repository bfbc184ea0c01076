# take_put: mode= also takes NumPy's integer constants (np.CLIP 0, np.WRAP 1, np.RAISE 2): clip and wrap move
# an out-of-range index, raise refuses it (IndexError); another integer is a ValueError.
import numpy as np
a = np.arange(5) * 10
np.take(a, [7, -8, 2], mode=0)
np.take(a, [7, -8, 2], mode=1)
np.take(a, [7, -8, 2], mode=2)
np.take(a, [1, 2], mode=2)
np.take(a, [1, 2], mode=3)
o = np.zeros(3, dtype=a.dtype)
np.take(a, [9, -9, 0], out=o, mode=0)
