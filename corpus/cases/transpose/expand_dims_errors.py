# transpose: np.expand_dims with an axis beyond ndim + 1 is AxisError (a ValueError); negative
# axes count from the end of the new shape.
import numpy as np
x = np.arange(6).reshape(2, 3)
a = np.expand_dims(x, -1)
a.shape
a.strides
# expect: AxisError
np.expand_dims(x, 3)
# expect: AxisError
np.expand_dims(x, -4)
x.shape
