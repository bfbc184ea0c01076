# A missing bound (None) makes np.clip run np.maximum or np.minimum instead of the clip ufunc. NumPy 2 also drops
# a Python int bound beyond an integer array's range (np.iinfo) and runs np.positive with no bound at all (a copy,
# or out; a TypeError for bool, which has no positive loop); NumPy 1.24 raises ValueError without a bound and keeps
# every bound (a uint8 array clipped at 300 promotes by value). The range's ends count: 255 and 256 are dropped
# for uint8 under NumPy 2 (256 kept would be an OverflowError), 254 is kept.
import numpy as np
a = np.arange(-3, 5, dtype=np.int8)
lo = np.clip(a, 0, None)
hi = np.clip(a, None, 2)
u = np.arange(6, dtype=np.uint8)
both = np.clip(u, -1, 300)
mid = np.clip(u, 1, 4)
at_max = np.clip(u, 2, 255)
past_max = np.clip(u, 2, 256)
below_max = np.clip(u, 2, 254)
at_min = np.clip(a, -128, 3)
past_min = np.clip(a, -129, 3)
low_only = np.clip(u, 2, 300)
o = np.zeros(6, dtype=np.uint8)
into = np.clip(u, -5, 1000, out=o)
none = a.clip()
none_out = a.clip(out=np.zeros(8, dtype=np.int8))
flags = np.array([True, False, True])
fb = flags.clip()
fc = np.clip(flags, False, True)
big = np.clip(a, 200, None)
neg = np.clip(u, None, -3)
f = np.clip(np.arange(4.0), None, None)
