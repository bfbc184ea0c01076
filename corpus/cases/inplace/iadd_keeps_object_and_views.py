# inplace: a += 1 modifies a in place: the name keeps the same object, aliases and views see it.
import numpy as np
a = np.arange(4)
b = a
v = a[1:]
a += 1
b is a
v
a -= 2
a *= 3
v
b
