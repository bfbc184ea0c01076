# real_imag: `a.imag = v` of a real array is TypeError; `a.real = v` of a real array writes the array
# itself (cast, as a[...] = v); both are ValueError on a read-only array and leave it unchanged.
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
