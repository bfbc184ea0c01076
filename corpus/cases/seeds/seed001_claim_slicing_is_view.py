# Seed 001 FAQ: "Is slicing a view or copy in NumPy? Slicing is a view (it shares memory)."
# Correct, including steps, negative steps and empty slices (an empty slice still has base a).
import numpy as np
a = np.arange(8)
s1 = a[::3]
s2 = a[::-1]
s3 = a[5:2]
s1.base is a
s2.base is a
s3.base is a
s2.strides
np.shares_memory(s2, a)
np.shares_memory(s3, a)
s3.shape
