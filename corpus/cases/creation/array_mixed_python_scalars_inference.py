# creation: dtype inference from mixed Python scalars: bool+int -> int64, int+float -> float64,
# int+complex -> complex128, bool+float -> float64, all bool -> bool, nested rows mixing int/float.
import numpy as np
a = np.array([True, 2])
b = np.array([1, 2.5])
c = np.array([1, 2j])
d = np.array([True, 1.5])
e = np.array([True, False])
f = np.array([[1, 2], [3.0, 4]])
g = np.array([1.5, 2j, True])
