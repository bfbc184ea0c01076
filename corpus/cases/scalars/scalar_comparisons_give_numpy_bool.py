# scalars: comparisons between NumPy scalars give np.bool_ scalars; bool_ + bool_ is a bool_
# (logical or); comparison with a Python value works across types.
import numpy as np
a = np.int8(3) > np.int8(2)
b = np.float64(2) == 2
c = np.bool_(True) + np.bool_(True)
d = np.uint8(1) < -1
e = np.complex64(1) == 1.0
