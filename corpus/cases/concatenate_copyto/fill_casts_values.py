# concatenate_copyto: fill() casts like setitem (unsafe): 1.5 and -2.7 truncate into int64, 3 into
# bool is True, np.int64(-1) into uint8 wraps to 255; NaN into int is ValueError, complex into
# int TypeError.
import numpy as np
a = np.arange(4)
a.fill(1.5)
a
a.fill(-2.7)
a
b = np.zeros(2, dtype=bool)
b.fill(3)
b
u = np.zeros(2, dtype=np.uint8)
u.fill(np.int64(-1))
u
# expect: ValueError
a.fill(np.nan)
# expect: TypeError
a.fill(1 + 2j)
a
