# numpy: <2
# NumPy 1.24 has no casting='same_value' (NumPy 2.4's checked astype): the keyword's value is refused.
import numpy as np
x = np.arange(3.)
# expect: ValueError
x.astype(np.int8, casting='same_value')
# expect: ValueError
x.astype(np.float64, casting='same_value', copy=False)
