# metadata_assignment: `a.dtype = t` with a different itemsize is ValueError on a 0-d array, on a
# non-contiguous last axis, or when the last axis' bytes do not divide; an unknown dtype is TypeError.
import numpy as np
z = np.array(5)
# expect: ValueError
z.dtype = np.int32
z.dtype = np.float64
t = np.arange(6).reshape(2, 3).T
# expect: ValueError
t.dtype = np.int32
t.dtype = np.uint64
o = np.arange(3, dtype=np.int32)
# expect: ValueError
o.dtype = np.int64
# expect: TypeError
o.dtype = 'not a type'
col = np.arange(6, dtype=np.int16).reshape(6, 1)[::2]
col.dtype = np.int8
