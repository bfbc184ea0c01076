# reshape: size-0 arrays: reshape(-1) and reshape(3, -1) work, reshape(0, -1) is ValueError
# (the unknown dimension is ambiguous); the reshaped empty arrays get C strides.
import numpy as np
e = np.zeros((0, 3))
a = e.reshape(-1)
a.shape
b = e.reshape(3, -1)
b.shape
c = e.reshape(2, 0, 3)
c.strides
# expect: ValueError
e.reshape(0, -1)
