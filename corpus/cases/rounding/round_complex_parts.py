# np.round of complex numbers rounds the real part, then the imaginary part, into out or a C-order copy: a real
# out takes the real part and then raises TypeError (no imaginary part to set), keeping what was written.
import numpy as np
c = np.array([1.25 + 2.35j, -0.5 - 1.5j, 2.5 + 0.5j])
a = np.round(c, 1)
b = np.round(c)
d = np.round(c.reshape(3, 1).T, -1)
o = np.zeros(3, dtype=complex)
r = np.round(c, 1, out=o)
p = np.zeros(3)
np.round(c, 1, out=p)
q = np.ones(3, dtype=np.complex64)
np.round(c[::-1], 0, out=q)
# The copy complex rounding starts from: order K under NumPy 2, C under NumPy 1.24 (property test, seed 605).
f = np.round(np.zeros((1, 2, 1, 2), dtype=complex, order='F'), -2)
g = np.round(c.reshape(3, 1)[::-1].T)
