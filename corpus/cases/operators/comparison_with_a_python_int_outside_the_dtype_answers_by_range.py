# operators: comparing a NumPy integer (array, 0-d array or scalar) with a Python int its dtype cannot hold. NumPy 2
# answers by the int's range alone (a loop writing one answer: == False, != True, orderings by the int's sign), so
# an int64 array is below 2**63 everywhere. NumPy 1.24 makes 2**63 a uint64 and compares int64 with uint64 in
# float64, where 2**63 - 1 rounds to 2**63: equal. Against a bool array NumPy 2's loop is int64 (OverflowError
# beyond it); a float array compares with the int's float().
import numpy as np
a = np.array([2 ** 63 - 1, 5, -2 ** 63])
b = a == 2 ** 63
c = a < 2 ** 63
d = a >= 2 ** 63
e = a != 2 ** 64 - 1
f = np.array([0, 200, 255], dtype=np.uint8) > -1
g = np.array([100, -100], dtype=np.int8) <= 300
h = np.asarray(np.int8(5)) == 300
k = np.int16(7) > -40000
m = np.less(np.array([1, 2], dtype=np.uint32), 2 ** 40)
n = np.array([2.0 ** 63, 1.0]) == 2 ** 63
p = np.array([True, False]) < 5
# expect: OverflowError under NumPy 2
q = np.array([True, False]) < 2 ** 63
