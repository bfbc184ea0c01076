# arithmetic: + - * of arrays give new C-contiguous owners (base None) sharing nothing with the
# operands, even when an operand is a non-contiguous view.
import numpy as np
a = np.arange(6).reshape(2, 3)
t = a.T
s = t + t
s.strides
s.base is None
np.shares_memory(s, a)
d = a[:, ::2] - 1
d.strides
p = a * a
p
