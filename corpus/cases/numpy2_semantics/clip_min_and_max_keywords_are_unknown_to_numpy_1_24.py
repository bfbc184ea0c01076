# numpy: <2
# NumPy 1.24's np.clip has no min= and max= keywords: without a_min and a_max they are missing (TypeError), and with
# them min=/max= collide with the method's own parameters (TypeError).
import numpy as np
a = np.arange(6.)
# expect: TypeError
np.clip(a, min=1, max=4)
# expect: TypeError
np.clip(a, 1, 4, max=None)
