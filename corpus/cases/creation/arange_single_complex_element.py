# creation: np.arange writes its first element, then start + step as the second only when there is one; a
# one-element complex128 arange (16 bytes, the whole allocation) has no room for a second.
import numpy as np
a = np.arange(1, dtype=complex)
b = np.arange(1j, 2j, 1j)
c = np.arange(0.5, 1, dtype=np.complex64)
d = np.arange(0j, 1)
