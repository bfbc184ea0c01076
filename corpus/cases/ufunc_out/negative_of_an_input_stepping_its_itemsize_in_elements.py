# ufunc out: NumPy 2's np.negative loop for 32- and 64-bit numbers tests "contiguous input" as istride ==
# sizeof(T), an input step in elements against the element's size in bytes. An input stepping 4 elements (32-bit)
# or 8 (64-bit) into an output that does not step one element is read as if contiguous: out[j] = -in_start[j].
# In place the kernel's vector loads see its own earlier stores (AVX2: two vectors of 8 or 4 a round). With AVX-512
# an output stepping backwards (w[::-4]) fails the loop's scatter-limit check (a negative step divided by an
# unsigned itemsize) and is negated right. NumPy 1.24 negates the right elements. Found by the property test (seed 73: np.negative(v3, v3) of an as_strided view).
import numpy as np
from numpy.lib.stride_tricks import as_strided
v = np.arange(1, 401, dtype=np.int32)
w = np.zeros(400, dtype=np.int32)
np.negative(v[::4][:11], out=w[::2][:11])
np.negative(v[::4][:11], out=w[::-4][:11])
np.negative(v[::4][:11], out=w[:11])
np.negative(v[::-4][:11], out=w[::-3][:11])
np.negative(v[::-4][:11], out=w[::-1][:11])
np.negative(v[::-4][:11], out=w[::3][:11])
x = np.arange(1, 401, dtype=np.int32)
y = x[::4][:40]
np.negative(y, y)
z = np.arange(1, 301, dtype=np.int64)
t = z[::8][:17]
np.negative(t, out=t)
f = np.linspace(-3.5, 4.5, 300).astype(np.float32)
g = f[::4][:23]
np.negative(g, g)
d = np.linspace(-3.5, 4.5, 300)
e = np.zeros(300)
np.negative(d[::8][:9], out=e[::5][:9])
m = np.arange(1, 401, dtype=np.uint32).reshape(20, 20)
n = m[::2, ::4]
np.negative(n, n)
k = np.arange(1, 401, dtype=np.int32)
np.negative(as_strided(k, shape=(3, 4), strides=(64, 16)), out=as_strided(k[200:], shape=(3, 4), strides=(32, 8)))
p = np.arange(1, 401, dtype=np.int32)
np.negative(p[:40:4], out=p[2:42:4])
# Runs that do not coalesce: NumPy 2.4's iterator copies the operands through its 8,192-element buffers (and the
# loop is right) where three runs' worth of buffered elements per element beat the row (its cost rule: two buffers
# plus one, against rows of up to 2,730 elements, three rows or more), else it hands the loop each row in place.
q = np.arange(1, 40001, dtype=np.int32)
s = np.zeros(40000, dtype=np.int32)
np.negative(as_strided(q, shape=(2, 5), strides=(144, 16)), out=as_strided(s, shape=(2, 5), strides=(72, 8)))
np.negative(as_strided(q, shape=(2, 2, 3), strides=(512, 128, 16)), out=as_strided(s, shape=(2, 2, 3), strides=(256, 64, 8)))
np.negative(as_strided(q, shape=(3, 2730), strides=(43744, 16)), out=as_strided(s, shape=(3, 2730), strides=(21872, 8)))
np.negative(as_strided(q, shape=(3, 2731), strides=(43760, 16)), out=as_strided(s, shape=(3, 2731), strides=(21880, 8)))
# A mis-aligned input is copied through a buffer first, and the loop reads the copy right.
u = np.arange(404, dtype=np.uint8)
x = u[1:401].view(np.int32)
np.negative(x[::4][:11], out=w[::2][:11])
