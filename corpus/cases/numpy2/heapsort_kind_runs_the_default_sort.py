# numpy: >=2
# NumPy 2.4's sort clears the heapsort bit of its flags (PyArray_Sort): kind='heapsort' is the default sort, so
# with x86-simd-sort on the CPU every NaN comes out as the one canonical NaN, as np.sort(a) writes it (the int64
# view shows the bits; which CPUs: docs/oracles.md; 16 elements, which NumPy's introsort, at its baseline,
# sorts by insertion, keeping the NaNs in order). NumPy 1.24 runs a heapsort
# (numpy2_semantics/heapsort_orders_equal_elements_under_numpy_1_24.py).
import numpy as np
a = np.array([3.0, np.nan, 1.5, -2.0, np.nan, 7.0, 0.5, np.nan, -1.0, 4.0, 2.5, 9.0, -3.5, 6.0, 8.0, 5.5])
a.view(np.int64)[1:8:3] = 0x7ff8000000000000 + np.arange(3) * 5 + 3
h = np.sort(a, kind='heapsort')
hb = h.view(np.int64)
d = np.sort(a)
db = d.view(np.int64)
b = a.copy()
b.sort(kind='h')
bb = b.view(np.int64)
