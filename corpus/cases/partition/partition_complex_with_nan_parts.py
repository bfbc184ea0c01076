# partition: complex values order by real part, then imaginary part, with a NaN in either part sorting after
# every number; only then is each element of a partition with NaN real parts where it should be.
import numpy as np
z = np.array([0j, 1 + 0j, 3j, -1 + 0j, 1j, 2 + 0j, 1 + 1j, 0j])
z.real[0] = np.nan
z.real[4] = np.nan
z.imag[7] = np.nan
np.partition(z, 2)
np.partition(z, 5)
np.partition(z, [1, 4])
np.partition(z, -1)
w = np.array([2 + 0j, 2j, -3 + 0j, -1j, 0j, 5 + 5j], dtype=np.complex64)
w.real[1] = np.nan
w.real[3] = np.nan
np.partition(w, 3)
np.partition(w, [0, 2])
w.partition(1)
w
