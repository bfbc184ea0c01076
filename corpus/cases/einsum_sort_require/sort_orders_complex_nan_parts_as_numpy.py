# einsum_sort_require: NumPy's order of complex numbers puts every value whose parts are both numbers first (by
# real part, then imaginary part), then those with only a NaN imaginary part (by real part), then only a NaN real
# part (by imaginary part), then both NaN: 5+nanj sorts after 6+1j, which a plain lexicographic order would not
# do. The engine ordered by real part first (found in this session's sort-kind work, 2026-12-07).
import numpy as np
a = np.array([5 + 1j, 6 + 1j, 1 + 0j, 3 + 2j, 2 + 9j, 0j])
a.imag[0] = np.nan
a.real[4] = np.nan
a.sort()
b = np.zeros(8, dtype=np.complex128)
b.real[...] = [np.nan, 2.0, 1.0, np.nan, 3.0, 1.0, np.nan, -1.0]
b.imag[...] = [1.0, np.nan, np.nan, np.nan, 0.0, 2.0, -1.0, np.nan]
c = np.sort(b)
d = np.sort(b, kind='heapsort')
e = np.sort(b, kind='stable')
b.sort()
