# NumPy 2.0 added np.bool (the canonical name; np.bool_ is its alias), np.long and np.ulong (C long: int64 and
# uint64 on this platform). NumPy 1.24 has none of them (AttributeError). np.ulong(-1) is an out-of-range Python
# int (OverflowError in 2).
import numpy as np
a = np.zeros(3, dtype=np.bool)
b = np.array([1, -1], dtype=np.long)
c = np.array([1, 2], dtype=np.ulong)
d = np.bool(1)
e = np.long(-5)
f = np.ulong(-1)
np.bool_ is np.bool
g = np.arange(3).astype(np.long, copy=False)
