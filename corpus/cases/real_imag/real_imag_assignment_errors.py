# real_imag: `a.imag = v` of a real array is TypeError; `a.real = v` of a real array writes the array
# itself (cast unsafely: a Python int too large for the dtype wraps, where a[...] = v refuses it under
# NumPy 2); both are ValueError on a read-only array and leave it unchanged.
import numpy as np
f = np.arange(3.0)
# expect: TypeError
f.imag = 1
f.real = 7
i = np.arange(4)
i.real = 2.7
ro = np.zeros(2, dtype=np.complex64)
ro.flags.writeable = False
# expect: ValueError
ro.real = 1
# expect: ValueError
ro.imag = 1
s = np.float64(2)
# expect: AttributeError
s.real = 3
w = np.zeros(2, dtype=np.int8)
w.real = 300
