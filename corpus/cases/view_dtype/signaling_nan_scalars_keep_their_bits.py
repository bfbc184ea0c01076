# view_dtype: NumPy scalars holding signaling NaNs (float32 0x7f800001 and 0xff800001, float16 0x7c01 and 0xfc01)
# put into elements, arrays and other scalars. NumPy copies a float32 scalar's bits in and out, and widens a float16
# by moving bits (npy_halfbits_to_floatbits), so a signaling NaN stays one there, as it does as the float32 part of a
# complex64; converting float32 to float64 goes through the hardware, which quiets it (0xfff8000020000000 for
# 0xff800001). Both NumPys; found 2026-12-06 (the engine held float32 scalars as C-converted doubles, quieting them
# on the way in).
import numpy as np
a = np.array([2139095041, 4286578689], dtype=np.uint32).view(np.float32)
b = np.zeros(2, dtype=np.float32)
b[0] = a[0]
bv = b.view(np.uint32)
c = np.zeros(2, dtype=np.float64)
c[0] = a[1]
cv = c.view(np.uint64)
d = np.array([a[0], a[1]]).view(np.uint32)
e = np.full(2, a[0]).view(np.uint32)
g = np.zeros(1, dtype=np.complex64)
g[0] = a[1]
gv = g.view(np.uint32)
h = np.array([31745, 64513, 32256], dtype=np.uint16).view(np.float16)
z = np.zeros(3, dtype=np.float32)
z[0] = h[0]
z[1:] = h[1:]
zv = z.view(np.uint32)
s = np.float32(h[0])
sv = np.array(s).view(np.uint32)
t = np.array([h[0], h[1]], dtype=np.float32).view(np.uint32)
y = np.asarray([h[1]], dtype=np.complex64).view(np.uint32)
f = np.full(2, h[0], dtype=np.float32).view(np.uint32)
