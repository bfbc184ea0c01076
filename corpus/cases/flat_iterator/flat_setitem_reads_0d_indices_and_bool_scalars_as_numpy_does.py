# a.flat[index] = v with the index spellings NumPy 2.4's flat iterator reads through prepare_index: a 0-d integer
# array is one position (one value only: a list is "Error setting single item of array."), where NumPy 1.24 reads
# it as an index array and writes the list's values in turn; a 0-d boolean array is it[True] (NumPy 1.24: ValueError,
# not 1-D); a NumPy bool scalar is refused by both (IndexError: NumPy 2's bool-list message; NumPy 1.24's
# "unsupported iterator index", after converting the value). it[True] = v writes the first element as a[first] = v
# would (PyArray_Pack, errors as they are): a tuple into a complex array is TypeError "must be real number, not
# tuple", a one-element 1-d array into a float array ValueError under NumPy 2.4 and its element under 1.24. The
# engine read the 0-d arrays and the bool scalar as index arrays and raised its own errors for it[True] (probe of
# 500 flat assignments: 102 diverged under NumPy 2, 40 under 1.24).
import numpy as np
a = np.zeros(6)
a.flat[np.array(1)] = [[1, 2]]
b = np.zeros(6)
b.flat[np.array(True)] = 5
c = np.zeros(6)
c.flat[np.bool_(True)] = 3
d = np.zeros(6, dtype=np.complex64)
d.flat[True] = (0,)
e = np.zeros(6)
e.flat[True] = np.array([4.0])
f = np.zeros(6, dtype=np.int16)
f.flat[True] = [1, 2]
g = np.zeros((2, 3), dtype=bool)
g.flat[np.array(4)] = [0.0]
# NumPy 1.24 converts the value before it refuses the bool scalar: an empty value writes nothing and raises nothing,
# a NaN into an int array is the conversion's ValueError.
h = np.zeros(6)
h.flat[np.bool_(True)] = ()
k = np.zeros(6, dtype=np.int16)
k.flat[np.bool_(False)] = np.nan
