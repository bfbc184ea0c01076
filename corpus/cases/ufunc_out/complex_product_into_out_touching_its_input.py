# ufunc_out: a complex128 product into an out= that ends exactly where an input begins (out z[:4], input z[4:]),
# or begins where it ends: they share no byte, so NumPy 1.24 runs its contiguous vector loop (plain products,
# each part rounded twice) as for separate arrays, not the fused scalar loop it keeps for an out that overlaps an
# input; NumPy 2 fuses everywhere. The last digits show which loop ran.
import numpy as np
w = np.linspace(0.9 - 0.4j, 0.2 + 1.3j, 4)
z = np.linspace(0.3 + 0.7j, 1.1 - 0.2j, 8)
np.multiply(z[4:], w, out=z[:4])
u = np.linspace(0.3 + 0.7j, 1.1 - 0.2j, 8)
np.multiply(w, u[4:], out=u[:4])
v = np.linspace(0.3 + 0.7j, 1.1 - 0.2j, 8)
np.multiply(v[:4], w, out=v[4:])
