# numpy: >=2
# NumPy 2's np.clip takes the array API's min= and max= where a_min and a_max are left out (either may be missing:
# no bound); min=/max= with both a_min and a_max is ValueError, a_min without a_max TypeError. out= is returned.
import numpy as np
a = np.arange(6.)
r = np.clip(a, min=1, max=4)
s = np.clip(a, max=3)
t = np.clip(a, min=None, max=None)
o = np.empty(6)
u = np.clip(a, min=2, max=3, out=o)
v = np.clip(a[::-1], min=1, out=a)
# expect: ValueError
np.clip(a, 1, 4, min=2)
# expect: TypeError
np.clip(a, 1, max=4)
