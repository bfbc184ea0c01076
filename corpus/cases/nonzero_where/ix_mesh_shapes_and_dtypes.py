# np.ix_ gives one view per argument, each reshaped to broadcast against the others (base: the argument, or a
# fresh array for lists); its index arrays select a cross product (a copy); a boolean argument becomes its
# nonzero positions; float arguments are a ValueError ("Cross index must be 1 dimensional" for 2-d).
import numpy as np
a = np.arange(24).reshape(2, 3, 4)
x = np.array([1, 0])
y = np.array([2])
z = np.arange(4)[::-2]
m = np.ix_(x, y, z)
m[0].shape
m[2].base is z
sub = a[m]
sub[0, 0, 0] = -1
b = np.ix_(np.array([True, False, True]))
f = np.ix_(np.array([1.0, 2.0]))
g = np.ix_([0, 1], [1])
a[g] = 7
