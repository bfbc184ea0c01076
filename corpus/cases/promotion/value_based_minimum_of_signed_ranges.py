# NumPy 1.24's value-based casting gives a Python int its smallest type by value: -128 still fits int8, so an
# int8 array plus -128 stays int8 (and wraps), while -129 needs int16. NumPy 2 (NEP 50) keeps int8 and raises for
# -129 (OverflowError). The same at the int16 and int32 minimums.
import numpy as np
a = np.array([1, 2], dtype=np.int8)
b = a + (-128)
c = a + (-129)
d = np.array([1, 2], dtype=np.int16) * (-32768)
e = np.array([1], dtype=np.int16) - 32768
f = np.array([1, 2], dtype=np.int32) + (-2**31)
g = np.array([1], dtype=np.int32) + (-2**31 - 1)
