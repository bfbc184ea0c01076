# out= that overlaps an input: NumPy copies the input first, so the result is as if every input were read before
# any write, below and above the 8,192-element ufunc buffer; an input identical to out is used in place.
import numpy as np
a = np.arange(10, dtype=np.int64)
np.add(a[:-1], a[1:], out=a[1:])
b = np.arange(20000, dtype=np.int64)
np.add(b[:-1], b[1:], out=b[1:])
b[9990:10010]
c = np.arange(20000.0)
np.multiply(c[::-1], 2, out=c)
c[:3]
d = np.arange(12).reshape(3, 4)
np.subtract(d.T, d.T, out=d.T)
e = np.arange(16, dtype=np.int32)
np.negative(e[::2], out=e[:8])
