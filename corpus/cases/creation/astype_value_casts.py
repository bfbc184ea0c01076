# creation: astype casting of values: float -> int truncates toward zero, int -> uint8 wraps
# modulo 256, numbers -> bool is "nonzero", bool -> float gives 0.0/1.0, int -> complex64.
import numpy as np
f = np.array([1.7, -1.7, 2.5])
a = f.astype(np.int64)
i = np.array([-1, 256, 300])
b = i.astype(np.uint8)
c = np.array([0, 2, -3]).astype(bool)
d = np.array([True, False]).astype(np.float64)
e = i.astype(np.complex64)
g = i.astype(np.int8)
