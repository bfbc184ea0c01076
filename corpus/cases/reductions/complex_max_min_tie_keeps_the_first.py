# reductions: complex max/min of equal values keeps the first one (NumPy's CGE/CLE); only the sign of a zero
# imaginary part shows which, read here as the bits of the result's imaginary part.
import numpy as np
z = np.array([1 + 0j, 1 + 0j, 2 + 0j, 2 + 0j])
z.imag[1] = -0.0
z.imag[2] = -0.0
m = z.reshape(2, 2)
np.max(m, axis=1, keepdims=True).imag.view(np.uint64)
np.min(m, axis=1, keepdims=True).imag.view(np.uint64)
