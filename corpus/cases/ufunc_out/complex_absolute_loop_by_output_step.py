# Which loop computes np.absolute of complex numbers: NumPy's SIMD formula, or hypot, whose last bit differs for
# about a third of these values. NumPy 1.24's AVX512F loop takes a contiguous output only (IS_OUTPUT_BLOCKABLE_UNARY:
# an output stepping 16 bytes calls hypot), an input stepping fewer than 16 elements, the two apart; NumPy 2's takes
# any steps forward. An output over the input's real parts, handed to the loop uncopied, has the very same range
# (apart to both NumPys' nomemoverlap). Measured on both NumPys, 2026-12-06.
import numpy as np
z = np.arange(1, 41) * 0.1 + 1j * (np.arange(40, 0, -1) * 0.37)
contiguous = np.absolute(z)
o = np.zeros(80)
np.absolute(z, out=o[::2])
input_step_16 = np.absolute(z[::16])
w = z.copy()
np.absolute(w, out=w.real)
# An output overlapping the input behind it (safe element by element, so handed over uncopied): hypot, both NumPys.
u = z.copy()
u_floats = u.view(np.float64)
np.absolute(u[8:40], out=u_floats[0:32])
