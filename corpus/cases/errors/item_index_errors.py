# errors: item() with too many indices is ValueError, with an out-of-range flat index IndexError;
# transpose/reshape with a bad order string ValueError.
import numpy as np
a = np.arange(3)
# expect: ValueError
a.item(0, 0)
# expect: IndexError
a.item(-4)
# expect: ValueError
a.reshape(3, order='X')
# expect: ValueError
np.copy(a, order='X')
a.item(-3)
