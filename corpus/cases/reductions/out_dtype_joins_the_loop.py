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
# The mean of nothing is 0 / 0: the NaN the CPU makes (negative on x86), whose bits a byteswap shows.
e = np.zeros((0, 2)).mean(axis=0)
e.byteswap(True)
f = np.zeros((0, 2), dtype=np.complex64).mean(axis=0)
f.byteswap(True)
