# creation: np.arange with NumPy scalar arguments. Its length is ceil((stop - start) / step) and its second element
# start + step, each computed by Python's operators on the arguments: Python's arithmetic for two Python numbers,
# NumPy's scalar arithmetic once one of them is a NumPy scalar (it wraps, divides by zero into inf, and promotes as
# the NumPy in use does). An OverflowError on the way becomes ValueError("Maximum allowed size exceeded").
import numpy as np
# The second element: np.bool_(True) + True is True, so f is [1, 1, 1] (the rest continue by the difference of the
# first two); np.int8(100) + 100 wraps to -56 under NumPy 2 and promotes under 1.24; float32 steps add in float32.
f = np.arange(True, 4, np.bool_(True))
e = np.arange(np.bool_(False), 3, True)
g = np.arange(100, 300, np.int8(100))
h = np.arange(np.float32(0.1), 1, np.float32(0.2))
k = np.arange(np.uint8(250), 260, np.uint8(3))
# The length: 200 - np.int8(0) does not fit int8 under NumPy 2 (ValueError; so k above: 260 - np.uint8(250)), and
# is 200 under 1.24.
m = np.arange(np.int8(0), 200)
# int8 - int8 wraps in both: -100 - 100 is 56, so the length is negative and the result empty.
n = np.arange(np.int8(100), np.int8(-100), np.int8(-1))
p = np.arange(np.int16(30000), np.int16(-30000), np.int16(-1000))
# 0 - np.uint8(10) wraps to 246 under NumPy 2 (empty), promotes to -10 under 1.24 (ten elements).
q = np.arange(np.uint8(10), 0, -1)
r = np.arange(np.uint8(10), np.uint8(0), np.int8(-1))
# NumPy 2: 0 - np.uint64(5) wraps to about 1.8e19, a length beyond intp.
s = np.arange(np.uint64(5), 0, -1)
# A float16 quotient: (1 - 0) / float16(0.1) is 10.0 in float16; 70000 is inf in float16 under NumPy 2.
t = np.arange(np.float16(0), np.float16(1), np.float16(0.1))
u = np.arange(np.float16(0), 70000, 10000)
# Dividing by a NumPy zero gives inf (too long) or, for 0 / 0, NaN ("cannot compute length"); Python's 0 raises.
v = np.arange(np.int8(0), np.int8(10), np.int8(0))
w = np.arange(np.float32(0), np.float32(0), np.float32(0))
x = np.arange(0, 10, 0)
# A complex quotient: np.complex128 is a Python complex (min of the parts' ceilings: 3 and 0), np.complex64 is not
# (its real part); under 1.24 complex64 / 1 is a complex128.
y = np.arange(np.complex128(0), np.complex128(3), 1)
z = np.arange(np.complex64(0), np.complex64(3), 1)
a = np.arange(np.complex64(0), np.complex64(3 + 3j), np.complex64(1 + 1j))
# Into a real dtype a NumPy complex converts to its real part, a Python complex raises TypeError.
b = np.arange(np.complex128(0), 3, 1, dtype=float)
c = np.arange(np.complex64(1), 3, 1, dtype=np.int8)
d = np.arange(1j, 3, 1, dtype=float)
