# a ** e for an array a may run square/sqrt/reciprocal instead of power (ndarray.__pow__): NumPy 1.24 squares an
# integer array raised to a float 2 as a float64 copy in C order (and keeps a **= 2.0 integer), NumPy 2 runs the
# float64 power loop in K order (and refuses a **= 2.0). A 1-d integer array gives an array and a 0-d one a 0-d
# array under 1.24 (a NumPy scalar under 2). Integer powers wrap; negative ones are ValueError.
import numpy as np
i = np.ones((3, 4), dtype=np.int8).T[:, ::2]
p = i ** 2.0
p1 = np.arange(4, dtype=np.int16) ** 2.0
p0 = np.array(3) ** 2.0
q0 = np.int64(3) ** 2.0
z0 = np.array(2.5) ** 0
z1 = np.array([2.5, -1.0]) ** 0
q = i ** np.float32(2)
r = i ** np.array(2)
s = i ** 2
j = i.copy()
j **= 2.0
k = np.arange(5, dtype=np.int8) ** 5
# expect: ValueError
i ** -1
f = np.array([-0.0, -np.inf, 4.0, 0.25])
g = f ** 0.5
h = f ** -1
x = f[::-1] ** 2
