# casting= and dtype= on ufunc calls: the loop's cast into out and the inputs' casts to the loop follow the rule
# (UFuncTypeError otherwise, out untouched); dtype= picks the loop and so the result dtype; a read-only out is
# ValueError before any casting check.
import numpy as np
a = np.arange(4, dtype=np.int16)
o = np.zeros(4, dtype=np.int8)
c = np.add(a, a, out=o)
# expect: TypeError
np.add(a, 0.5, out=o)
r = np.add(a, 0.5, out=o, casting='unsafe')
r is o
f = np.add(a, 1, dtype=np.float32)
# expect: TypeError
np.add(a, np.int32(1), casting='no')
# expect: TypeError
np.add(a, 1.5, dtype=np.int16)
g = np.true_divide(a, 2, dtype=np.float16)
ro = np.zeros(4)
ro.flags.writeable = False
# expect: ValueError
np.add(a, 1.5j, out=ro)
