# An element set from a one-element array: NumPy 1.24 converts the array to a Python number first (int() of it)
# and stores that as a Python int, which reaches only uint32 and uint64 elements past a C long: 2**64 - 4 into a
# uint8 element fails, reported as "setting an array element with a sequence." (ValueError). The engine stored it
# wrapped, as it would a NumPy uint64 scalar (property test, NumPy 1.24, seed 1001). NumPy 2 refuses any array
# with dimensions there.
import numpy as np
v = np.arange(1, dtype='>u8')
v[...] = -4.5
b = v.view('uint8')
b[-8] = v
a = np.zeros(3, 'u1')
a[0] = np.array([np.uint64(2 ** 63)])
a[1] = np.array([[np.uint64(2 ** 63 - 1)]])
u = np.zeros(2, 'u4')
u[0] = np.array([np.uint64(2 ** 64 - 4)])
u[1] = np.array([np.float64(1e19)])
