# Seed 000 (NumPy: Copy Function), example 4: array_c = a copy of array_a (after array_b[0] = 100);
# change array_c[0] back to 0 -> array_a and array_b are unaffected. Correct: the copy owns
# its memory. The seed's words "pass in our copy function" are covered with np.copy here
# and with the method in seed000_claim_copy_method_deep.py.
import numpy as np
array_a = np.arange(6)
array_b = array_a[0:3]
array_b[0] = 100
array_c = np.copy(array_a)
array_c[0] = 0
print(array_a)
print(array_b)
print(array_c)
np.shares_memory(array_a, array_c)
array_c.base is None
