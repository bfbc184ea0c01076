# numpy: <2
# a.newbyteorder() is a view of the same memory whose dtype reads the bytes the other way round: base, strides,
# flags and sharing as a view; the values change, the memory does not. Every spelling of the order, and back.
import numpy as np
a = np.arange(6, dtype=np.int32).reshape(2, 3)
b = a.newbyteorder()
c = b.newbyteorder('S')
d = a.T.newbyteorder('>')
e = a[:, ::-2].newbyteorder('big')
f = b.newbyteorder('=')
g = b.newbyteorder('little')
h = b.newbyteorder('|')
i = np.arange(4, dtype=np.int8).newbyteorder()
r = np.arange(3.0)
r.flags.writeable = False
s = r.newbyteorder()
np.shares_memory(a, b)
b[0, 0] = 5
t = np.arange(3, dtype=np.complex64).newbyteorder()
u = t.real
v = t.imag
