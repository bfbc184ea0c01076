# Unary ufuncs' at: negative twice is the identity, invert toggles per visit, sqrt of an integer array runs the
# float64 loop and casts back (truncating), absolute of complex lands as a real number in the complex array.
import numpy as np
a = np.arange(6)
np.negative.at(a, [1, 1, 2])
np.invert.at(a, [0, 0, 0, 5])
b = np.array([4, 9, 16, 2], dtype=np.int16)
np.sqrt.at(b, [0, 1, 3, 3])
c = np.array([3 + 4j, -1j, 2])
np.absolute.at(c, [0, 1])
d = np.array([[1.0, -2.0], [3.0, -4.0]])
np.square.at(d, (slice(None), 1))
e = np.array([True, False, True])
np.invert.at(e, [0, 1, 1])
