# Seed 000 (NumPy: Copy Function), example 5 ("a couple of these statements ... run this all
# at once"): np.may_share_memory between the arrays, `array_a.base is None` for the base array
# and `array_b.base is array_a` for the view. Correct.
import numpy as np
array_a = np.arange(6)
array_b = array_a[0:3]
array_c = array_a.copy()
np.may_share_memory(array_a, array_b)
np.may_share_memory(array_a, array_c)
np.may_share_memory(array_b, array_c)
array_a.base is None
array_b.base is None
array_b.base is array_a
array_c.base is None
array_c.base is array_a
