# scalars: .real/.imag of NumPy scalars are scalars: complex64 parts are float32, an int8's imag
# is int8 0, a float64's real is a float64.
import numpy as np
c = np.complex64(1 + 2j)
r = c.real
i = c.imag
n = np.int8(5)
ni = n.imag
f = np.float64(2.5)
fr = f.real
