# Seed 002 note: "the base attribute should not be used to determine if an ndarray object is new;
# only if it is a view or a copy". Correct: a view is a new object (different id) and
# np.asarray returns the very same object, whose base is still None.
import numpy as np
x = np.arange(4)
v = x.view()
same = np.asarray(x)
same is x
id(v) == id(x)
v.base is x
same.base is None
