# Byte-swapped uint64 arrays take what native ones take: a Python int past int64 goes into '>u8' elements (np.array,
# np.full, setitem, fill, copyto) and meets '>u8' operands as it meets native ones; a 0-d '>u8' index past int64 is
# NumPy's OverflowError (it converts every 0-d integer index through a C long) before any check of the indexed
# array's dimensions. The engine tested the native type only (property test, NumPy 2, seed 1071).
import numpy as np
u = np.arange(3, dtype='>u8')
i = np.arange(3, dtype='>i8')
a = u + 2 ** 63
b = u == 2 ** 64 - 1
c = i < 2 ** 63
u[0] = 2 ** 63
u[...] = 2 ** 64 - 1
np.copyto(u, 2 ** 63)
u.fill(2 ** 63)
d = np.clip(u, 0, 2 ** 63)
e = np.full(2, 2 ** 63, dtype='>u8')
f = np.array([1, 2 ** 63], dtype='>u8')
i[0] = 2 ** 63
g = np.maximum(u, 2 ** 63)
np.add(u, 2 ** 63)
m = u.astype('>u8') // 2 ** 63
n = np.where(u > 0, u, 2 ** 63)
o = np.array(2 ** 63, dtype='>f8')
v0 = np.arange(1, dtype='intp').reshape((), order='C')
v0[...] = -4.5
v2 = v0.view('>Q')
v3 = np.arange(1, dtype=float).reshape((), order='C')
v3[v2] = v2
w = np.arange(3.0)
w[v2] = 1.0
u = np.array(2 ** 63 + 1, dtype='>u8')
w[u] = 2.0
x = w[u]
