# creation: np.array(a, dtype=other) always copies; the copy is in the order asked: 'F' gives F strides even for
# a C-ordered a, 'C' C strides, 'K' and 'A' keep a's layout ('A' keeps it as F only when a is Fortran-ordered,
# otherwise as K would).
import numpy as np
c = np.arange(6).reshape(2, 3)
f = np.array(c, dtype=np.float64, order='F')
g = np.array(c.T, dtype=np.float32, order='A')
h = np.array(c[:, ::2], dtype=np.int8, order='F')
k = np.array(c, dtype=np.int16, order='K')
m = np.array(c.T, dtype=np.int16, order='C')
n = np.array(c[::-1], dtype=np.float64, order='A')
