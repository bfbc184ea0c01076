# == and != between arrays that cannot broadcast: NumPy 1.24 answers False / True (with a warning), NumPy 2
# raises ValueError like every other ufunc. The < comparison raises under both.
import numpy as np
a = np.arange(3)
b = np.arange(4)
a == b
a != b
a < b
c = a == a[:, None][:2]
c.shape
