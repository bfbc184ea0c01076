# transpose: too few axes and repeated axes are ValueError; an axis out of range is AxisError
# (a ValueError); x is unchanged.
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
# expect: ValueError
x.transpose(0, 1)
# expect: ValueError
x.transpose(0, 0, 1)
# expect: AxisError
x.transpose(0, 1, 3)
x.strides
