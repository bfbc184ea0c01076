# The mask is the reduction iterator's third operand: its strides vote in the iterator's axis order with the
# input's, so a Fortran-ordered input reduced under a C-ordered mask gets a result in C order (the votes disagree),
# where without a mask it follows the input.
import numpy as np
x = np.asfortranarray(np.arange(35.0).reshape(5, 1, 7))
m = np.arange(35).reshape(5, 1, 7) % 3 != 0
a = np.sum(x, axis=0, keepdims=True)
b = np.sum(x, axis=0, keepdims=True, where=m)
c = np.any(x, axis=0, where=m, keepdims=True)
f = np.asfortranarray(np.arange(24.0).reshape(2, 3, 4))
d = np.sum(f, axis=1)
e = np.sum(f, axis=1, where=np.arange(24).reshape(2, 3, 4) % 2 == 0)
g = np.sum(f, axis=1, where=np.asfortranarray(np.arange(24).reshape(2, 3, 4) % 2 == 0))
