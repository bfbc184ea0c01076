# numpy: >=2
# np.asarray(copy=) (new in NumPy 2): copy=True always makes a fresh array, copy=False never copies (and
# raises ValueError when it would have to), copy=None is asarray's old behaviour.
import numpy as np
a = np.arange(8).reshape(2, 4)
b = np.asarray(a, copy=True)
b is a
b.base is None
np.shares_memory(a, b)
c = np.asarray(a, copy=False)
c is a
d = np.asarray(a, dtype=np.float32, copy=False)
e = np.asarray(a, copy=None)
e is a
f = np.asarray([1, 2], copy=False)
