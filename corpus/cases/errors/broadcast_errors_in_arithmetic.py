# errors: arithmetic and in-place arithmetic between incompatible shapes raise ValueError; neither
# operand changes.
import numpy as np
a = np.ones((2, 3))
b = np.ones((3, 2))
# expect: ValueError
c = a * b
# expect: ValueError
a += b
# expect: ValueError
a[0] -= np.ones(2)
a
b
