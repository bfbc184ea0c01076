# numpy: >=2
# NumPy 2's array-API names: x.mT and np.matrix_transpose(x) are swapaxes(x, -1, -2) (ValueError below two
# dimensions, each with its own message), np.permute_dims is np.transpose, np.unstack(x, axis) is the tuple of
# x[i] along the axis (views, or scalars of a 1-d x), np.concat is np.concatenate, and np.astype(x, dtype, copy=)
# is x.astype for NumPy arrays and scalars only (TypeError for a list).
import numpy as np
x = np.arange(24.).reshape(2, 3, 4)
m = x.mT
m[0, 0, 1] = -1
f = np.matrix_transpose(x[::-1])
p = np.permute_dims(x, (2, 0, 1))
rows = np.unstack(x, axis=1)
first = rows[0]
first[...] = 7
scalars = np.unstack(np.arange(3))
c = np.concat([x, x], axis=None)
same = np.astype(x, np.float64, copy=False)
copied = np.astype(x, np.int8)
from_scalar = np.astype(np.float64(2.5), np.int16)
# expect: ValueError
np.arange(3).mT
# expect: ValueError
np.matrix_transpose(np.arange(3))
# expect: ValueError
np.unstack(np.array(3.0))
# expect: TypeError
np.astype([1, 2], np.float64)
# expect: AttributeError
np.unstack([1, 2])
