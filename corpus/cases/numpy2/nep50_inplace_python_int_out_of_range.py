# In-place arithmetic with a Python int: NumPy 2 converts it to the array's dtype first, so int8 += 300 raises
# OverflowError and leaves the array untouched; NumPy 1.24 computed in int16 and cast back (same_kind), wrapping
# every element in place. uint8 -= -1 is OverflowError in 2 but a casting TypeError in 1.24 (int16 -> uint8 is
# not same_kind there). A NumPy scalar or an array operand wraps in place under both.
import numpy as np
i = np.arange(4, dtype=np.int8)
v = i[1:]
i += 300
u = np.zeros(3, dtype=np.uint8)
u -= -1
u += 1
u *= 300
v += np.int64(300)
i += np.array([300, 300, 300, 300])
