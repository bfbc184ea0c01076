# inplace: bool += True stays bool (logical or), bool *= False gives all False, bool += 1 is
# TypeError (int64 result), bool -= True is TypeError (no boolean subtract).
import numpy as np
b = np.array([True, False])
b += True
b
c = np.array([True, False])
c *= False
c
# expect: TypeError
b += 1
# expect: TypeError
b -= True
b
