# real_imag: np.real / np.imag are the .real / .imag views of an array (base, strides, write-through),
# the array itself for a real array's np.real, and convert lists and Python numbers first.
import numpy as np
c = np.arange(4).astype(np.complex64)
r = np.real(c)
i = np.imag(c)
r.base is c
i.strides
i[1] = 9
f = np.arange(3.0)
np.real(f) is f
fi = np.imag(f)
fi.flags.writeable
np.real(3 + 4j)
np.imag(2)
l = np.real([1 + 2j, 3])
np.imag(np.complex128(1 + 2j))
