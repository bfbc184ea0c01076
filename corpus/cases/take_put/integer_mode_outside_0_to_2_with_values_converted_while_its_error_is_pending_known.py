# Known divergence (NumPy 2; listed in corpus/expected-divergences/numpy-2.txt). With an integer mode outside 0..2
# NumPy 2 converts take's and put's arguments while the mode's ValueError is pending, and its conversions check for
# errors by C's sentinel: a Python or NumPy number converting to -1 (an index, or a value for a signed, float or
# float16 array) fails with the pending ValueError, and any value for a complex array (ValueError) or a uint32 or
# uint64 one (OverflowError). The engine takes the list as NumPy takes it without the pending error, and raises at
# the end (SystemError here). Not modelled: it is CPython's error state meeting NumPy's setitem functions.
import numpy as np
a = np.arange(5) * 10
o = np.zeros(2, dtype=np.int64)
b = np.take(a, [-1, 2], mode=3, out=o)
