# creation: np.arange writes its second element from start + step computed as a Python number; -2**63 is
# still a C long there, so a float arange stepping down from -2**63 + 1 starts without OverflowError.
import numpy as np
a = np.arange(-2 ** 63 + 1, -2 ** 63 - 4096.0, -1)
a.shape
a[:3]
b = np.arange(2 ** 63 - 2, 2 ** 63 + 4096.0, 1)
b.shape
