# Seed 003 FAQ: "The assignment operator does not copy anything - it just creates a new reference
# to the same memory". Correct (and it contradicts the same seed's "creates a view"): no new
# array object is made, so rebinding one name leaves the other untouched.
import numpy as np
a = np.arange(3)
b = a
b += 10
b is a
a
b = a.copy()
b is a
b += 1
a
