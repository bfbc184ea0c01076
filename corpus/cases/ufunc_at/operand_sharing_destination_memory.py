# When b, or an intp index array, may share memory with the destination, NumPy works on a copy of the
# destination and writes it back at the end (WRITEBACKIFCOPY): b and the positions are read as they were
# before the first write. A read-only destination is then refused even for single-element positions.
import numpy as np
a = np.arange(6)
np.add.at(a, [0, 1, 2, 3], a[::-1][:4])
b = np.arange(8)
np.add.at(b, b[2:5], 10)
c = np.array([0, 1, 1, 2, 3, 5])
np.multiply.at(c, c[:4], c[2:])
d = np.arange(6.0)
d.flags.writeable = False
np.add.at(d, [0], d[:1])
e = np.arange(10)
w = np.lib.stride_tricks.as_strided(e, shape=(4, 3), strides=(16, 8))
np.add.at(w, ([0, 1, 1], [2, 0, 0]), 1)
np.add.at(w, ([0, 3], [1, 2]), w[1])
