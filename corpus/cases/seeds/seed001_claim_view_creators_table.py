# Seed 001 comparison table: views are "Created using ... Slicing, .view(), .reshape()", copies
# by ".copy() or math operations". Correct; every view here has base a and shares memory with a.
import numpy as np
a = np.arange(6)
s = a[1:4]
v = a.view()
r = a.reshape(3, 2)
c = a.copy()
m = a + 0
s.base is a
v.base is a
r.base is a
c.base is None
m.base is None
