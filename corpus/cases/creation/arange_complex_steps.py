# creation: np.arange with complex arguments. NumPy takes the length from the real parts, computes the
# first two elements with Python arithmetic (start, start + step) and fills the rest from their difference,
# real and imaginary parts each on its own: an imaginary step shows in every element after the first.
import numpy as np
a = np.arange(0, 3, 1 + 1j)
b = np.arange(1 + 2j, 5 + 2j)
c = np.arange(0j, 2, 0.5 - 0.25j)
d = np.arange(2, 0, -1 + 3j, dtype=np.complex64)
a.dtype
c.strides
