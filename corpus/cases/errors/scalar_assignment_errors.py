# errors: assigning a sequence into a single element, or a 2-D value into a 1-D slice, is ValueError;
# None into an int array TypeError; the array is unchanged.
import numpy as np
a = np.arange(3)
# expect: ValueError
a[0] = [1]
# expect: ValueError
a[:2] = [[1, 2], [3, 4]]
# expect: ValueError
a[...] = np.arange(6).reshape(2, 3)
# expect: TypeError
a[1] = None
a
