# errors: ValueError from reshape, broadcasting setitem, squeeze, bad order strings and slice step 0;
# every array stays as it was.
import numpy as np
a = np.arange(6)
m = a.reshape(2, 3)
# expect: ValueError
m.reshape(4)
# expect: ValueError
m[...] = [1, 2]
# expect: ValueError
m.squeeze(axis=0)
# expect: ValueError
m.ravel(order='X')
# expect: ValueError
a.flatten(order='Z')
# expect: ValueError
m[::0]
m
m.base is a
