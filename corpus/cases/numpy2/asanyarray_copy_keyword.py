# numpy: >=2
# NumPy 2's copy keyword on np.asanyarray, as on np.asarray: copy=False never copies (ValueError when a copy is
# needed), copy=True always does, copy=None only when needed.
import numpy as np
a = np.arange(6).reshape(2, 3)
b = np.asanyarray(a, copy=False)
c = np.asanyarray(a, copy=True)
d = np.asanyarray(a, dtype=np.int8, copy=None)
e = np.asanyarray(a, order='F', copy=False)
