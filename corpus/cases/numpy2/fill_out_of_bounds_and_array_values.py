# ndarray.fill: with a Python int or a NumPy integer scalar out of range, NumPy 2 raises OverflowError and
# fills nothing; NumPy 1.24 wrapped the value into every element. fill through a view writes into the base. A
# 0-d array fills in both; a one-element 1-d array is ValueError in NumPy 2 ("setting an array element with a
# sequence"), while NumPy 1.24 took its single value.
import numpy as np
a = np.zeros(4, dtype=np.int8)
v = a[::2]
v.fill(300)
v.fill(np.int64(300))
v.fill(7)
f = np.zeros(3)
f.fill(np.array(1.5))
f.fill(np.array([2.5]))
