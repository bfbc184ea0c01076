# errors: AxisError (category ValueError) from transpose, swapaxes, moveaxis, squeeze, expand_dims,
# flip and concatenate with an axis out of range; the array is unchanged.
import numpy as np
a = np.arange(3)
# expect: AxisError
a.transpose(1)
# expect: AxisError
np.swapaxes(a, 0, 1)
# expect: AxisError
np.moveaxis(a, 1, 0)
# expect: AxisError
a.squeeze(axis=1)
# expect: AxisError
np.expand_dims(a, 2)
# expect: AxisError
np.flip(a, axis=1)
a.shape
