# Known divergence (NumPy 2; listed in corpus/expected-divergences/numpy-2.txt). An integer mode outside 0..2:
# NumPy 2's converter leaves the mode at raise with its ValueError pending, so an out-of-bounds index raises
# IndexError first (an in-bounds one gives the ValueError); the engine raises ValueError at once, as NumPy 1.24 does.
import numpy as np
a = np.arange(5) * 10
b = np.take(a, [1, 2], mode=3)
c = np.take(a, [7, 2], mode=3)
