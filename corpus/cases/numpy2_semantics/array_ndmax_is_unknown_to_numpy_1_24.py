# numpy: <2
# np.array's ndmax= is new in NumPy 2.4: NumPy 1.24 refuses the keyword (TypeError).
import numpy as np
# expect: TypeError
np.array([[1, 2]], ndmax=2)
