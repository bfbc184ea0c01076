# metadata_assignment: `a.dtype = t` reinterprets the array in place: same object and base, the last axis
# rescaled by the itemsize ratio (strides follow), visible through other views of the same memory.
import numpy as np
a = np.arange(6, dtype=np.int64).reshape(2, 3)
v = a[:, :]
a.dtype = np.int32
a.dtype = 'int8'
a.dtype = np.complex128
a.dtype = None
v.dtype = np.uint64
v[0, 0] = 1
