# creation: np.arange's length is ceil((stop - start) / step); when that quotient underflows to zero while the span
# is not zero, a positive zero still leaves room for start alone (length 1) and a negative zero gives an empty array.
import numpy as np
a = np.arange(0.0, 1e-300, 1e300)
b = np.arange(0.0, -1e-300, 1e300)
c = np.arange(5e-324, 1e-323, 1e308)
d = np.arange(0.0, 1e-300, -1e300)
