# arithmetic: a reversed operand gives a result with positive strides (a fresh array) holding the
# reversed values.
import numpy as np
a = np.arange(4)
r = a[::-1] + 0
r.strides
r
m = np.arange(6).reshape(2, 3)
q = m[::-1, ::-1] * 1
q.strides
q
