# Whether a ufunc call takes NumPy's trivial loop (output in the inputs' plain C or F order) or the iterator
# (output in the iterator's K order, which orders length-1 axes by their strides) depends on every input cast
# being allowed by the call's own casting rule from dtype alone. Under NumPy 1.24's value-based casting a 0-d
# int64 or uint64 holding a small value is accepted by casting='safe'/'equiv' for an int8 loop, yet the cast is
# not safe by dtype, so the iterator decides the layout; under NumPy 2 the loop is int64 and the int8 array
# itself is cast.
import numpy as np
a = np.zeros((1, 2, 4), dtype=np.int8)[:, [[1], [1]]]
w = np.rollaxis(a, 3, -4)
b = np.add(w, np.int64(3), casting='safe')
c = np.add(w, np.int64(3))
d = np.multiply(w, np.array(2, dtype=np.uint64), casting='same_kind')
e = np.equal(w, np.uint8(0), casting='equiv')
f = np.subtract(w, np.int16(1), casting='unsafe')
g = np.negative(w, casting='no')
