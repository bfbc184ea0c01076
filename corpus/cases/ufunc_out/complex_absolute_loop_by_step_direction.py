# ufunc_out: |z| of complex numbers in NumPy's loop: a SIMD formula (larger * sqrt(1 + r*r)) wherever the loop can
# load and store its steps, the C library's hypot elsewhere; the two differ in the last bit for -24+2.5j. A 1-D
# operation reaches the loop with the arrays' own steps: NumPy 2 falls back to hypot for an input walked backwards
# (z[::-1], also when it overlaps out), both NumPys for an out walked backwards. An n-d operation goes through
# NumPy's iterator, which flips or buffers such axes, and a 0-d one is the SIMD formula too.
import numpy as np
z = np.array([-24 + 2.5j] * 8)
a = np.absolute(z)
b = np.absolute(z[::-1])
c = np.absolute(z[::2])
d = np.absolute(z[::-2])
o = np.zeros(8)
np.absolute(z, out=o[::-1])
p = np.zeros(8, complex)
np.absolute(z[::-1], out=p)
v = z.copy()
np.absolute(v[::-1], v)
w = z.copy()
np.absolute(w, w)
e = np.absolute(z.reshape(2, 4)[:, ::-1])
f = np.absolute(z.reshape(2, 4)[::-1])
g = np.absolute(z.reshape(2, 4).T)
h = np.absolute(z[0])
k = np.absolute(z.astype(np.complex64)[::-1])
o = np.zeros((2, 4))
np.absolute(z.reshape(2, 4)[:, ::-1], out=o)
q = np.zeros((2, 4))
np.absolute(z.reshape(2, 4), out=q[:, ::-1])
