import numpy as np
a = np.arange(6)
b = a.reshape(2,
 3)
# expect: ValueError
c = a.reshape(4)
d = ae = a[0]
