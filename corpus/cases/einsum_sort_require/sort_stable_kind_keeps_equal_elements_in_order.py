# einsum_sort_require: kind= picks NumPy's sort. The stable kind ('stable', 'mergesort', any string starting with s
# or m in either case) keeps elements that compare equal but differ in their bits in their order: -0.0 and 0.0,
# NaNs with other payloads (seen through an int64 view; it rewrites no NaN). Another string is ValueError, a
# non-string TypeError. np.partition takes only 'introselect' (another string ValueError, None TypeError).
import numpy as np
a = np.array([0.0, -0.0, 1.5, -0.0, 0.0, np.nan, -2.0, 0.0, np.nan, -0.0, 1.5, np.nan, 0.0, -0.0, 3.0, -0.0, 0.0,
              -0.0, 2.0, 0.0])
a.view(np.int64)[5::3] = 0x7ff8000000000000 + np.arange(5) * 7 + 1
bits = a.view(np.int64)
s = np.sort(a, kind='stable')
sb = s.view(np.int64)
m = a.copy()
m.sort(kind='M')
mb = m.view(np.int64)
w = a.reshape(4, 5)
w.sort(axis=0, kind='Stable')
z = np.zeros(6, dtype=np.complex64)
z.real[...] = [0.0, -0.0, 1.0, 0.0, -0.0, 1.0]
z.imag[...] = [-0.0, 0.0, np.nan, 0.0, -0.0, 2.0]
zs = np.sort(z, kind='mergesort')
# expect: ValueError
np.sort(a, kind='bubble')
# expect: ValueError
a.sort(kind='')
# expect: TypeError
np.sort(a, kind=1)
# expect: ValueError
np.partition(a, 2, kind='Introselect')
# expect: TypeError
a.partition(2, kind=None)
