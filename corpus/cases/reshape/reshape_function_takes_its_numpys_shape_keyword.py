# np.reshape takes the new shape by position, or by keyword under the name its NumPy gives it: shape= in NumPy 2.4
# (whose newshape= is gone) and newshape= in NumPy 1.24 (which has no shape=); the other name is TypeError, as are
# the shape given twice and no shape at all. This case spells only what both accept; the keywords are in the
# version-gated cases beside it.
import numpy as np
x = np.arange(6.).reshape(2, 3)
r = np.reshape(x, (3, 2), 'F')
f = np.reshape(x.T, -1, order='A')
# expect: TypeError
np.reshape(x)
# expect: TypeError
np.reshape(x, (3, 2), 'C', 5)
