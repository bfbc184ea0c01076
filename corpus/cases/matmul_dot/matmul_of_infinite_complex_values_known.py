# A complex matrix product with infinite elements: NumPy's BLAS (OpenBLAS's complex kernels) gives nan+nanj where
# the plain sum of products, (inf+0j) * (1+0j) + ..., is inf+nanj (inf * 0 makes only the imaginary part NaN).
# Which parts turn NaN follows the kernel's vector arithmetic, not modelled (the engine computes the products as
# NumPy's non-BLAS loops do). Found by the property test (NumPy 2, seed 144).
import numpy as np
v0 = np.arange(4, dtype='complex64').reshape((4,), order='C')
v0 += np.inf
v4 = np.arange(8, dtype=float).reshape((4, 2), order='C')
v2 = np.matmul(v0, v4)
