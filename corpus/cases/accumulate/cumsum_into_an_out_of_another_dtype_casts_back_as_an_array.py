# An out= of another dtype than the loop's is, in NumPy's accumulate, a temporary of the loop's dtype laid out in
# the iteration's order (npyiter_new_temp_array), copied back into out at the end as one array assignment
# (WRITEBACKIFCOPY, PyArray_CopyAnyInto). That copy runs NumPy's cast loops over the temporary's runs, and a float
# beyond uint32 casts by where it sits in a contiguous run: 0 from the vector body (four or more float64 elements),
# its low 32 bits one by one. The engine cast each sum on its own (property test, NumPy 2, seed 509: out= the
# input itself, F order, a complex128 loop).
import numpy as np
a = np.full(12, 2147483648.0)
o = np.zeros(12, dtype=np.uint32)
b = np.cumsum(a, out=o)
v0 = np.zeros((2, 2, 3), dtype='uint32', order='F')
v0.real = -3
v4 = v0.cumsum(axis=-3, dtype='complex128', out=v0)
f = np.zeros((3, 6), dtype=np.uint32, order='F')
g = np.full((3, 6), 4294967293.0).cumsum(axis=0, out=f)
