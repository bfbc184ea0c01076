# ufunc_out: complex absolute of a (20, 20) array into every other column of a (20, 40) output. NumPy 1.24's AVX512F
# complex absolute loop takes a contiguous output only and calls hypot otherwise (the last bit differs for about a
# third of these values); NumPy 2 agrees with either. The steps its loop is handed come from NumPy's iterator: here
# one run per row with the output stepping two elements, so hypot. A known divergence until 2026-12-06, when the
# engine applied the step rule to 1-D operations only; it now walks NumPy's own iteration (axis order, flips,
# buffered runs) for step-sensitive loops.
import numpy as np
z = (np.arange(1, 401) * 0.1 + 1j * (np.arange(400, 0, -1) * 0.37)).reshape(20, 20)
o = np.zeros((20, 40))
np.absolute(z, out=o[:, ::2])
