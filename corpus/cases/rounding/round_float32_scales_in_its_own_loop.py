# np.round scales by 10**decimals as a Python float, which is weak under NEP 50 and value-cast under NumPy 1.24: a
# float32 array multiplies, rounds and divides in float32, so 0.35 and 1.45 round to 0.4 and 1.4 where the float64
# loop gives 0.3 and 1.5; float16 likewise stays in its own loop (computed through float32).
import numpy as np
v = np.array([0.25, 0.35, 1.45, 2.675], dtype=np.float32)
a = np.round(v, 1)
b = np.round(v.astype(np.float64), 1)
c = v.round(2)
o = np.zeros(4, dtype=np.float32)
np.round(v, 1, out=o)
h = np.round(np.array([0.35, 1.45, 2.675], dtype=np.float16), 1)
n = np.round(v, -1)
