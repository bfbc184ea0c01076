# errors: IndexError from basic, advanced and boolean indexing (read and write) leaves the array,
# its alias and its views unchanged; a fancy write with one bad index writes nothing.
import numpy as np
a = np.arange(4)
b = a
v = a[1:]
# expect: IndexError
a[4] = 1
# expect: IndexError
a[[0, 5]] = 9
# expect: IndexError
a[[0, 1, 5]] += 1
# expect: IndexError
a[np.array([True, False])] = 1
# expect: IndexError
v[-4]
a
v
b is a
