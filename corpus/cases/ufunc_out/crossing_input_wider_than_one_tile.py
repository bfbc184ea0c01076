# ufunc_out: an operand that walks across the output's rows (a.T + b) on arrays wider than one tile of the
# engine's gathered loop (256 float64 columns), and one whose outer stride is not one element (every other
# column of a transposed array): each output element is still its own inputs' sum, as in NumPy.
import numpy as np
a = np.arange(6000.0).reshape(300, 20).T
b = np.ones((20, 300))
c = a + b
d = np.arange(2400.0).reshape(40, 60)[:, ::2].T
e = d * np.full((30, 40), 2.0)
f = np.subtract(b[:, :40][:16], d[:16], out=np.zeros((16, 40)))
