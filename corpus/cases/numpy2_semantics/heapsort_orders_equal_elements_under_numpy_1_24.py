# numpy: <2
# NumPy 1.24's kind='heapsort' (or any string starting with h or H) runs its heapsort: elements that compare equal
# but differ in their bits (-0.0 and 0.0, NaNs with other payloads seen through an int64 view) end where its
# sift-down moves them, and no NaN is rewritten. NumPy 2.4 runs its default sort for it
# (numpy2/heapsort_kind_runs_the_default_sort.py).
import numpy as np
a = np.array([0.0, -0.0, 1.5, -0.0, 0.0, np.nan, -2.0, 0.0, np.nan, -0.0, 1.5, np.nan, 0.0, -0.0, 3.0, -0.0, 0.0,
              -0.0, 2.0, 0.0])
a.view(np.int64)[5::3] = 0x7ff8000000000000 + np.arange(5) * 7 + 1
h = np.sort(a, kind='heapsort')
hb = h.view(np.int64)
w = a.reshape(4, 5)
w.sort(axis=0, kind='H')
wb = a.view(np.int64)
f = np.array([0.0, -0.0, 1.0, -0.0, 0.0, 2.0, 0.0, -0.0, 1.0, 0.0, -0.0, 0.0, -0.0], dtype=np.float16)
f.sort(kind='h')
fb = f.view(np.int16)
z = np.zeros(6, dtype=np.complex64)
z.real[...] = [0.0, -0.0, 1.0, 0.0, -0.0, 1.0]
z.imag[...] = [-0.0, 0.0, np.nan, 0.0, -0.0, 2.0]
zh = np.sort(z, kind='heapsort')
