# operators: `a ** -1` on a float or complex array may run np.reciprocal (NumPy 2's shortcut) and `a ** 0` must
# not: every element to the power 0 is 1, to the power -1 its reciprocal, in the array's own dtype.
import numpy as np
a = np.array([0.5, 2.0, -4.0, 3.0])
a ** 0
a ** -1
f = np.array([0.25, 8.0, -2.0], dtype=np.float32)
f ** 0
f ** -1
z = np.array([1 + 1j, 2j, -4 + 0j])
z ** 0
z ** -1
i = np.arange(1, 5)
i ** 0
