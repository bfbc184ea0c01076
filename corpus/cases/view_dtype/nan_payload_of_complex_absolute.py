# Which NaN np.absolute passes on for a complex number with a NaN part, read back through integer views. NumPy's
# vector formula (larger * sqrt(1 + (smaller / larger)**2), a NaN part making both NaN) passes on the larger part's
# NaN before the root's: |0 + NaN j| keeps the NaN's payload with its sign cleared, |NaN + 0j| is the default NaN
# (the real part's NaN is replaced first). Measured on NumPy 2.4 (AVX-512 and baseline) and 1.24 (AVX-512), whose
# hypot loops (1.24 without AVX512F; backwards steps) keep the first NaN, sign and all. Found by the property test
# (NumPy 2, seed 201: np.absolute(v1, v1[::-1]) with v1 an int64 pair viewed as complex128). 2026-12-06.
# An output over its input (x1.real, handed to the loop uncopied): NumPy's loops see the overlap; NumPy 1.24's
# AVX512F loop takes a contiguous output only and calls hypot, which keeps the NaN's sign.
# A reversed (1, 1) output through a cast: complex_absolute_into_its_own_memory_reversed_through_a_cast.py.
import numpy as np
parts = np.array([0, -3, -3, 0, 4607182418800017408, -3, -3, 4607182418800017408, -3, -4, -4, -3,
                  9218868437227405312, -3], dtype=np.int64)
z = parts.view(np.complex128)
one_of_each = np.absolute(z).view(np.int64)
nine_times = np.array([0, -3, -3, 0, 4607182418800017408, -3, -3, 4607182418800017408, -3, -4, -4, -3,
                       9218868437227405312, -3] * 9, dtype=np.int64)
nine_of_each = np.absolute(nine_times.view(np.complex128)).view(np.int64)
backwards = np.absolute(z[::-1]).view(np.int64)
w0 = np.array([[0, -3]] * 3)
w1 = w0.view('complex128')[:, 0]
np.absolute(w1, w1[::-1])
x0 = np.array([0, -3])
x1 = x0.view('complex128')
np.absolute(x1, out=x1.real)
