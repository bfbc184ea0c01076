# setitem: a[i] = arr with arr of one element and at least one dimension goes through the target dtype's
# setitem, which calls int() / float() / complex() / bool() of the array. Those first turn the element into
# a Python number, so a complex element cannot go into an integer or float element (ValueError "setting an
# array element with a sequence."), although a NumPy complex scalar or a 0-d complex array would be cast.
# NaN and inf into an integer element fail the same way. Found by the fuzzer.
import numpy as np
c = np.arange(1, dtype=np.complex64) + 3
f = np.array([[2.5]])
n = np.array([np.nan], dtype=np.float32)
i8 = np.zeros(3, dtype=np.int8)
u4 = np.zeros(3, dtype=np.uint32)
f4 = np.zeros(3, dtype=np.float32)
z = np.zeros(3, dtype=np.complex128)
b = np.zeros(3, dtype=np.bool_)
# expect: ValueError
i8[0] = c
# expect: ValueError
f4[1] = c
# expect: ValueError
u4[2] = n
i8[1] = f
u4[0] = f
f4[0] = f
z[0] = c
z[1] = f
b[0] = c
b[1] = n
i8[2] = c[0]
i8
u4
f4
z
b
