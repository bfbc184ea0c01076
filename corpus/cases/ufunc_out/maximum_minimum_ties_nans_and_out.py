# np.maximum and np.minimum pick one operand per element: a NaN first operand wins, then the greater (lesser), and a
# tie - visible as the sign of a zero - goes to the second operand for float32/float64 (NumPy's AVX-512 loops) but
# to the first for float16 and complex. Bools are logical or/and. With out= overlapping an input, NumPy reads the
# input as if copied first; where= leaves the unselected elements of out alone.
import numpy as np
p = np.zeros(6)
n = -np.zeros(6)
a = np.maximum(p, n)
b = np.maximum(n, p)
c = np.minimum(p, n)
d = np.minimum(n[::2], p[::2])
e = np.maximum(n, 0.0)
h = np.maximum(n.astype(np.float16), p.astype(np.float16))
f = np.minimum(p.astype(np.float32), n.astype(np.float32))
x = np.array([np.nan, 1.0, 2.0, np.nan])
y = np.array([0.0, np.nan, 1.0, 5.0])
m = np.maximum(x, y)
k = np.minimum(y, x)
z = np.maximum(np.array([1 + 1j, 2 - 1j, 0j]), np.array([1 + 2j, 2 - 1j, -0j]))
t = np.maximum(np.array([True, False, False]), np.array([False, False, True]))
u = np.minimum(np.array([True, True, False]), True)
v = np.arange(8)
np.maximum(v, v[::-1], out=v)
w = np.arange(8)
np.minimum(w[::-1], 3, out=w, where=w % 2 == 0)
i = np.maximum(np.arange(4, dtype=np.int8), 200)
j = np.minimum(np.arange(4, dtype=np.uint8), -1)
# Complex ties (equal values whose zeros differ in sign) keep the first operand too, in both functions.
cx = np.array([0.0, -0.0, 1.0]).astype(complex)
cy = np.conjugate(np.array([-0.0, 0.0, 1.0]).astype(complex))
# Values compare by value (-0.0 == 0.0): the bits show which zero was kept.
cmax = np.maximum(cx, cy).view(np.int64)
cmin = np.minimum(cx, cy).view(np.int64)
cmax2 = np.maximum(cy, cx).view(np.int64)
cmin2 = np.minimum(cy, cx).view(np.int64)
