# promotion: a signed integer array compared with a Python int is not NumPy 2's mixed-sign (int64 against uint64)
# comparison, which only an array or NumPy scalar of uint64 starts: the Python int is weak, in range or not, and
# beyond int64 (2**63, 2**64 - 1) the answer is all True or all False without a cast. Found by the mutation helper
# (ufunc.cpp: a Python number taken for uint64).
import numpy as np
a = np.array([-3, 0, 7], dtype=np.int16)
b = np.array([-2**62, -1, 2**62], dtype=np.int64)
c = a < 70000
d = a > -70000
e = b < 2**63
f = b == 2**64 - 1
g = b >= -2**63
h = a != 2**64 - 1
k = np.int64(5) < 2**63
m = b < np.uint64(2**63)
