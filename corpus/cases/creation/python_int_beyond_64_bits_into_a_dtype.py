# creation: a Python int beyond int64 and uint64 in array data, with a dtype asked for. NumPy converts it as
# float() into a float or complex dtype (then casts: 2**70 is inf in float16, with a RuntimeWarning), as bool()
# into bool, and raises OverflowError into an integer dtype; writing it into an existing float array converts it
# the same way. (With no dtype NumPy makes an object array: see the _known case beside this one.)
import numpy as np
a = np.array([2 ** 70, 1], dtype=np.float32)
b = np.array([2 ** 70, -2 ** 90], dtype=np.complex64)
c = np.array([2 ** 70, 1], dtype=np.float16)
d = np.array([2 ** 70, 0], dtype=bool)
e = np.full(2, 2 ** 70, dtype=float)
f = np.asarray(-2 ** 70, dtype=np.float32)
g = np.array([[2 ** 64, 2 ** 64 - 1]], dtype=np.float64)
h = np.zeros(3)
h[0] = 2 ** 70
h[1:] = [2 ** 100, -2 ** 80]
# expect: OverflowError
i = np.array([2 ** 70], dtype=np.uint64)
# expect: OverflowError
j = np.array([1, 2 ** 64], dtype=np.int8)
# expect: OverflowError
np.arange(3)[0] = 2 ** 64
