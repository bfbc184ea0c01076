# advanced_indexing: a list of Python bools is a boolean mask (not the integers 0/1); x[True]
# adds a length-1 axis and copies; a mask of the wrong length is an IndexError.
import numpy as np
x = np.arange(6).reshape(2, 3)
a = x[[True, False]]
a.shape
b = x[:, [True, False, True]]
b
c = x[True]
c.shape
c.base is None
d = x[False]
d.shape
# expect: IndexError
x[[True, False, True]]
