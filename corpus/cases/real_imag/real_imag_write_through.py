# real_imag: writing through .real / .imag views changes the complex array in place.
import numpy as np
z = np.array([1 + 2j, 3 - 4j, 5j])
r = z.real
i = z.imag
r[0] = 10
i[:] = 0
z
z.imag[2] = -1
z
r
