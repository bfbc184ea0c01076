# Complex division of NaNs whose payloads differ: which payload each part of the result carries follows the operand
# order of the instructions compiled for NumPy's division loop (Smith's algorithm; each sum and product passes on
# its first NaN operand), and a view in another dtype shows the bits. The engine divides in that order
# (complex_divide), found by simulating every order against NumPy; a known divergence until then (property test,
# seed 607). Values compare equal as NaNs, only the bits differ.
import numpy as np
v0 = np.arange(4, dtype='complex64').reshape((1, 2, 2), order='C')
v1 = v0[-1,]
v2 = v1.view('int64')
v2[...] = -4.5
v3 = v0 / v1
v4 = v3.view('int8')
# A NaN divisor with infinities and a default NaN (inf * 0) in the dividend (property test, NumPy 1.24, seed 98).
w = np.arange(4, dtype='>c8').reshape((1, 2, 2, 1))
w.real = np.inf
w *= -3
w /= np.nan
w.byteswap(True)
