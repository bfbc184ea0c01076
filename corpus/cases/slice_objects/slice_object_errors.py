# slice_objects: slice objects carry any values until they are used: a float bound or a zero step is an
# error only at indexing time (TypeError, ValueError); slice() with no or four arguments is TypeError.
import numpy as np
a = np.arange(5)
bad = slice(1.5)
# expect: TypeError
a[bad]
# expect: ValueError
a[slice(None, None, 0)]
# expect: TypeError
slice()
# expect: TypeError
slice(1, 2, 3, 4)
ok = a[slice(np.int64(1), np.int8(4))]
