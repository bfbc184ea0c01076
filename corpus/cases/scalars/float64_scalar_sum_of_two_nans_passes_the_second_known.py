# NumPy's scalar math (float64 scalar with a float64 scalar or a Python float) computes + and * with the operands
# swapped (measured, NumPy 1.24.2 and 2.4.6, this machine): of two NaNs the sum and the product pass on the
# second one, the difference the first; a 0-d array or an array passes on the first. The engine computes scalars
# as 0-d arrays and passes on the first. Found by the property test (NumPy 2, seed 117, 2026-12-05): a known
# divergence until the engine models scalar math's operand order.
import numpy as np
v0 = np.arange(1, dtype='>i2').reshape((), order='C')
v1 = v0 / v0
v1 += np.nan
v2 = v1.view('intp')
