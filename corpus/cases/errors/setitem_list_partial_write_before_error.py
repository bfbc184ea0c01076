# errors: assigning a list that contains NaN into an int array raises ValueError AFTER the
# elements before the NaN have been written (NumPy converts element by element): a becomes
# [1, 1, 2]. One of the few NumPy errors that does leave a partial change.
import numpy as np
a = np.arange(3)
v = a[:]
# expect: ValueError
a[:] = [1, np.nan, 3]
a
v
