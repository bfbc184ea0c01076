# Complex products round once per part where NumPy's loop fuses multiply-adds and twice where it does not: which
# loop runs depends on the operands' layout (a contiguous run, a strided view, a scalar operand) and
# on the version; the results are fresh arrays either way.
import numpy as np
z = np.full(3, np.sqrt(0.5) * (1 + 1j))
a = z * z
w = np.full(6, np.sqrt(0.5) * (1 + 1j))[::2]
b = w * w
c = z * z[0]
d = np.square(z)
z *= z
