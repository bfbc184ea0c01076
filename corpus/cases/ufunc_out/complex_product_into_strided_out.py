# ufunc_out: NumPy 1.24 runs its vector complex product (plain products, each part rounded twice) only when the
# out and both inputs are contiguous; a strided out= (every other element) with contiguous inputs, or a strided
# input, takes the fused scalar loop, as NumPy 2 does everywhere. The last digits show which loop ran.
import numpy as np
w = np.linspace(0.9 - 0.4j, 0.2 + 1.3j, 6)
z = np.linspace(0.3 + 0.7j, 1.1 - 0.2j, 6)
o = np.zeros(12, complex)
np.multiply(z, w, out=o[::2])
p = np.zeros(6, complex)
np.multiply(z, np.linspace(0.9 - 0.4j, 0.2 + 1.3j, 12)[::2], out=p)
q = np.zeros(6, complex)
np.multiply(np.linspace(0.3 + 0.7j, 1.1 - 0.2j, 12)[::2], w, out=q)
r = z * w
