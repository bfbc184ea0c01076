# A running complex product (cumprod, prod) calls NumPy's multiply loop with the running value as an input and the
# output: NumPy 1.24 computes each complex128 part with fused multiply-adds there (one rounding), NumPy 2.4 with
# plain products (the reverse of its ufunc multiply elsewhere); complex64 is plain in float under both. The last digits
# show it (property test, seed 703: cumprod into the array itself under NumPy 1.24).
import numpy as np
v = np.linspace(1j, 1, 4)
w = v.cumprod(axis=-1, dtype=complex, out=v)
c = np.cumprod(np.linspace(0.3 + 0.7j, 1.1 - 0.2j, 7))
p = np.prod(np.linspace(0.3 + 0.7j, 1.1 - 0.2j, 7))
f = np.cumprod(np.linspace(0.3 + 0.7j, 1.1 - 0.2j, 7).astype(np.complex64))
