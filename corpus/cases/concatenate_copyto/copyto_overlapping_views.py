# concatenate_copyto: copyto between overlapping views of one array behaves like copying the source
# first (shift by one).
import numpy as np
x = np.arange(6)
np.copyto(x[1:], x[:-1])
x
y = np.arange(6)
np.copyto(y[:3], y[::2])
y
