# scalars: calling fill() on a NumPy scalar does not raise and does not change it (scalars are
# immutable).
import numpy as np
s = np.int8(3)
s.fill(1)
s
t = s
t is s
