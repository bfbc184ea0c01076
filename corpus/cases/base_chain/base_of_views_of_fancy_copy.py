# base_chain: views of a fancy-index result built on a temporary (x[:, [0, 1]]) get that temporary
# as base (collapse skips the result itself, which does not own its data).
import numpy as np
x = np.arange(24).reshape(2, 3, 4)
y = x[:, [0, 1]]
z = y[1]
t = y.T
z.base is y
t.base is y.base
z.base is t.base
np.shares_memory(z, y)
np.shares_memory(z, x)
