# numpy: >=2
# operators: a Python int beyond int64 and uint64 as an operand of a binary operator or ufunc (NEP 50). It is a
# weak int: the other operand's dtype decides the loop; a float or complex loop converts it as float() (then to the
# loop's type: 2**70 is inf in float16), an integer or bool loop cannot hold it (OverflowError), and a comparison
# with a NumPy integer answers by its range alone (below: comparisons with Python ints outside the dtype).
import numpy as np
f = np.arange(3.0)
g = f + 2 ** 70
h = np.arange(3, dtype=np.float32) * -2 ** 100
k = np.arange(3, dtype=np.float16) - 2 ** 70
m = np.arange(3, dtype=np.complex64) + 3 ** 60
n = f.copy()
n += 2 ** 80
p = np.arange(3) / 2 ** 70
q = np.float32(1) + 2 ** 70
r = np.asarray(np.float16(0)) * 2 ** 70
s = np.maximum(f, 2 ** 64)
t = np.add(np.arange(3), 2 ** 64, dtype=np.float64)
u = np.arange(3) < 2 ** 70
v = np.arange(3, dtype=np.uint64) == -2 ** 70
w = f > 2 ** 64
# expect: OverflowError
x = np.arange(3) + 2 ** 70
# expect: OverflowError
y = np.array([True, False]) < 2 ** 70
# expect: OverflowError
z = np.arange(3) ** 2 ** 64
