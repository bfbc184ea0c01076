# NumPy 2.3 expired the 1.19 deprecation of NumPy bools used as integers: np.bool_(True) as a slice bound is
# TypeError in NumPy 2, while NumPy 1.24 read it as 1 and returned a view of a. A NumPy bool as a whole index is a
# boolean scalar index in both (a new axis; False selects nothing, into a fresh empty array), and a NumPy integer
# bound gives a view in both.
import numpy as np
a = np.arange(4)
d = a[np.bool_(True)]
e = a[np.bool_(False)]
f = a[1:np.int8(3)]
f.base is a
b = a[np.bool_(True):]
c = a[0:np.bool_(True)]
