# A reduction with out= and no dtype= runs its loop in the common type of the input and out: an int64 sum into
# a float64 out adds in float64 (2**53 + 1 + 1 stays 2**53), into a bool out it adds as int64 and casts.
import numpy as np
a = np.array([2**53, 1, 1])
o = np.zeros(())
np.sum(a, out=o)
b = np.zeros((), dtype=bool)
np.sum(np.array([2, -2]), out=b)
c = np.zeros(2)
m = np.array([[2**53, 1, 1], [1, 2**53, 1]])
np.sum(m, axis=1, out=c)
