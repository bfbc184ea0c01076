# a.real = v goes through PyArray_CopyInto, an unsafe copyto: an array assigned onto exactly itself (same
# data, dtype, shape and strides) is skipped before the read-only check, so a.real = a on a read-only real
# array (whose real part is a itself) is no error, while any other value is; np.copyto has the same shortcut.
import numpy as np
a = np.zeros((3, 2), order='F')
a.flags.writeable = False
a.real = a
a.real = a[:]
np.copyto(a, a.T.T)
a.real = a[::-1]
a.real = 1.5
z = np.zeros(3, dtype=np.complex128)
z.flags.writeable = False
z.real = z.real
z.imag = z.imag
z.real = z.imag
