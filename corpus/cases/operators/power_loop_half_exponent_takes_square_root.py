# operators: NumPy 2's float32/float64 power loop takes the square root when the exponent is 0.5 through a zero
# stride (sqrt(-inf) is NaN, pow gives inf); NumPy 1.24 calls pow there, and only `**` may take sqrt.
import numpy as np
x = np.array([-np.inf, 4.0, 2.25, np.inf])
np.power(x, 0.5)
np.power(x.astype(np.float32), np.float32(0.5))
np.power(x, np.array([0.5]))
x ** np.float64(0.5)
