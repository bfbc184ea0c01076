# Seed 002 claim: "It is possible to access the array differently by just changing certain metadata
# like stride and dtype without changing the data buffer ... these new arrays are called views."
# Correct: view(dtype) reinterprets the same bytes (shape and strides follow the new itemsize)
# and a write through the reinterpreted view reaches the original.
import numpy as np
x = np.arange(4, dtype=np.int32)
v = x.view(np.int16)
v.shape
v.strides
v.base is x
v[0] = 7
x
w = x[::2]
w.strides
