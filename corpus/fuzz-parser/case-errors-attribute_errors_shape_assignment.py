# errors: AttributeError from .shape assignment that needs a copy: a transpose, a fancy-index
# result with a permuted temporary, a broadcast view; inserting unit axes still works on the
# broadcast view.
import numpy as np
t = np.arange(6).reshape(2, 3).T
x = np.arange(24).reshape(2, 3, 4)
y = x[:, [0, 1]]
h = np.broadcast_to(np.arange(3), (2, 3))
# expect: AttributeError
t.shape = (6,)
# expect: AttributeError
y.shape = (16,)
# expect: AttributeError
h.shape = (6,)
h.shape = (1, 2, 3)
h.strides
t.shape
y.shape
