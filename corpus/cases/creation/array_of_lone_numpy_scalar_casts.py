# np.array(x, dtype=) of a NumPy scalar on its own casts it as a 0-d array would be cast (300 wraps into int8, 2.5
# truncates, a complex drops its imaginary part), also for np.int64 and np.float64, which stand for Python numbers
# nowhere here; np.int8(x) is that same conversion. Inside a list the scalar is packed instead (setitem_numpy_scalar_
# packed_as_int). np.full copies its fill value with casting='unsafe', so it wraps too.
import numpy as np
a = np.array(np.int64(300), dtype=np.int8)
b = np.array(np.float64(2.5), dtype=np.int64)
c = np.array(np.complex128(1 + 2j), dtype=np.float64)
d = np.int8(np.int64(300))
e = np.asarray(np.uint64(2**64 - 3), dtype=np.int32)
f = np.full(2, np.int64(300), dtype=np.int8)
g = np.full_like(a, np.float64(2.75), dtype=np.int16)
h = np.array([np.int64(300)], dtype=np.int8)
