# inplace: the right side broadcasts into the target's shape; a right side of larger shape cannot
# broadcast into a smaller target: ValueError, target unchanged.
import numpy as np
z = np.zeros((2, 3))
z += np.arange(3)
z += [[10], [20]]
z
y = np.zeros(3)
# expect: ValueError
y += np.ones((2, 3))
y
