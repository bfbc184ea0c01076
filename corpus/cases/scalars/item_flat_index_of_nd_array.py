# scalars: a.item(i) of an array with other than one dimension reads the i-th element in C order; 0 and -size
# are the first element, size and -size - 1 are IndexError.
import numpy as np
a = np.arange(6).reshape(2, 3) * 10
a.item(0)
a.item(5)
a.item(-6)
a.item(-1)
a.item(6)
a.item(-7)
np.arange(8.0).reshape(2, 2, 2).item(0)
