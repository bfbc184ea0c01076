# ufunc.at resolves its loop for (a, np.asarray(b)) and casts unsafely both ways. b is never a weak Python
# number: under NumPy 2 np.add.at(int8_array, i, 300) runs the int64 loop (no OverflowError) and a Python float
# added to a float32 array runs the float64 loop, so the sum is rounded once, in float64, before the cast back
# (2**24 + 1 + 2**-26 rounds up to 2**24 + 2 in float32, where a float32 loop would give 2**24). NumPy 1.24
# decides by value for a 0-d b (a float32 loop then) but not for a b with dimensions.
import numpy as np
a = np.array([100, 7, -3], dtype=np.int8)
np.floor_divide.at(a, [0, 0], 300)
np.add.at(a, [1, 2], 250)
b = np.array([200, 1], dtype=np.uint8)
np.add.at(b, [0, 1, 1], -1)
c = np.full(3, 16777216.0, dtype=np.float32)
np.add.at(c, [0], 1 + 2**-26)
np.add.at(c, [1], np.float64(1 + 2**-26))
np.add.at(c, [2], np.array([1 + 2**-26]))
d = np.arange(5)
np.true_divide.at(d, [1, 3, 3], 2)
e = np.arange(4)
np.equal.at(e, [0, 1, 2], 1)
f = np.zeros(3, dtype=np.float16)
np.add.at(f, [0, 0, 0], 0.1)
g = np.zeros(3, dtype=bool)
np.add.at(g, [0, 0, 2], True)
np.multiply.at(g, [2], False)
