# Seed 000 claim: "if we know that an array isn't a base array and want to determine which array
# it's a view of ... array_b.base is array_a". Correct for a view of an owning array; for a view
# of a view NumPy collapses .base to the array that owns the memory, not the intermediate view.
import numpy as np
array_a = np.arange(6)
array_b = array_a[0:3]
array_d = array_b[1:]
array_d.base is array_b
array_d.base is array_a
array_d[0] = 50
print(array_a)
