# numpy: >=2
# NumPy 2's np.lib.array_utils.byte_bounds (np.byte_bounds is gone: AttributeError): the same bounds, traced as
# offsets into the memory block (see byte_bounds_views_of_one_block), for views, a reshape that had to copy (its
# own block) and a flat copy.
import numpy as np
a = np.arange(24, dtype=np.int32).reshape(2, 3, 4)
np.lib.array_utils.byte_bounds(a)
t = a.transpose(2, 0, 1)
np.lib.array_utils.byte_bounds(t)
np.lib.array_utils.byte_bounds(t)[1] - np.lib.array_utils.byte_bounds(t)[0]
m = t.reshape(4, 6)
np.lib.array_utils.byte_bounds(m)
np.lib.array_utils.byte_bounds(m) == np.lib.array_utils.byte_bounds(a)
np.lib.array_utils.byte_bounds(a[:, 1, ::-1])
np.lib.array_utils.byte_bounds(a[:, 1, ::-1])[0] - np.lib.array_utils.byte_bounds(a)[0]
# expect: AttributeError
np.byte_bounds(a)
