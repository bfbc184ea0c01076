# stack: np.stack makes a fresh array whose strides follow the inputs' layout (C inputs give C, transposed
# inputs keep their order around the new axis), sharing nothing with the inputs.
import numpy as np
a = np.arange(6).reshape(2, 3)
b = a * 10
s = np.stack([a, b])
s1 = np.stack([a.T, b.T], axis=1)
s2 = np.stack((a, b), axis=-1)
f = np.asfortranarray(a)
sf = np.stack([f, f], axis=0)
np.shares_memory(s, a)
