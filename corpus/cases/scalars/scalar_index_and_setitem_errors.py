# scalars: indexing a scalar with an integer is IndexError, item assignment is TypeError; s[()] is
# the scalar, s[...] a 0-d array.
import numpy as np
s = np.int8(3)
# expect: IndexError
s[0]
# expect: TypeError
s[0] = 1
a = s[()]
b = s[...]
b.shape
s
