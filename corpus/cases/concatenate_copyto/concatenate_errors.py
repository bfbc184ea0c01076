# concatenate_copyto: mismatched ndim, mismatched non-axis sizes, 0-d inputs and an empty sequence
# are ValueError; an axis out of range is AxisError.
import numpy as np
a = np.arange(4).reshape(2, 2)
# expect: ValueError
np.concatenate([a, np.arange(3)])
# expect: ValueError
np.concatenate([a, np.arange(6).reshape(2, 3)])
# expect: AxisError
np.concatenate([a, a], axis=2)
# expect: ValueError
np.concatenate([np.array(1), np.array(2)])
# expect: ValueError
np.concatenate([])
a
