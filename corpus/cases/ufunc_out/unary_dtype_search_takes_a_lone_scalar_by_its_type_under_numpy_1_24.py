# ufunc_out: np.absolute(x, dtype=float32) with a complex x searches the loops producing float32 for one x casts to
# safely (complex64's F->f). NumPy 1.24's search casts a scalar by its value only where it meets an array, so a lone
# Python complex or 0-d complex128 goes by its type: no F->f, the float32 loop, and a TypeError for its input cast
# (found by the property test, NumPy 1.24, seed 805). NumPy 2 takes the Python complex as weak: F->f, 1.0.
import numpy as np
v = np.arange(4, dtype=np.float32).reshape(2, 2)
# expect: TypeError under NumPy 1.24
np.absolute(1j, v[::-1], dtype=np.float32)
# expect: TypeError under NumPy 1.24
r = np.absolute(np.asarray(1j), dtype=np.float32)
r = np.absolute(np.complex64(1j), dtype=np.float32)
r = np.absolute(1j, dtype=np.float64)
r = np.absolute(np.array([1j, 2]), dtype=np.float32)
r = np.absolute(1j, dtype=np.float32, casting='unsafe')
