# concatenate_copyto: copyto uses casting='same_kind': float into int (scalar or array) is
# TypeError, complex into float TypeError, int into bool TypeError; int into float, bool into
# float and int64 array into int8 (same kind, narrower) are allowed.
import numpy as np
x = np.arange(4)
# expect: TypeError
np.copyto(x, 1.5)
# expect: TypeError
np.copyto(x, np.array([1.5, 2.5, 3.5, 4.5]))
f = np.zeros(2)
np.copyto(f, np.array([True, False]))
f
# expect: TypeError
np.copyto(f, np.array([1 + 1j, 2]))
b = np.zeros(2, dtype=bool)
# expect: TypeError
np.copyto(b, np.array([1, 0]))
i8 = np.zeros(2, dtype=np.int8)
np.copyto(i8, np.array([1, 2]))
i8
x
