# dtype.newbyteorder with an order that is not a str: TypeError.
import numpy as np
a = np.arange(6, dtype=np.int32)
r = a.dtype.newbyteorder(1)
