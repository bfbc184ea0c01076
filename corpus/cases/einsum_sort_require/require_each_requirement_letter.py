# np.require returns its input itself when every requirement already holds, else one copy in the order asked:
# letters and long names alike (W, O, A, E, C, F), a read-only view copied for W, a view copied for O, C with F
# a ValueError, an unknown name a KeyError; dtype= converts first.
import numpy as np
a = np.arange(12.0).reshape(3, 4)
v = a[:, ::2]
r = a[::-1]
r.flags.writeable = False
b = np.require(a, requirements=['C', 'W', 'O', 'A', 'E'])
c = np.require(v, requirements='C')
d = np.require(v, requirements=['F_CONTIGUOUS'])
e = np.require(r, requirements=['WRITEABLE'])
f = np.require(v, requirements='O')
g = np.require(a, dtype=np.float32, requirements='O')
h = np.require(a.T, requirements=['A', 'F'])
np.require(a, requirements=['C', 'F'])
np.require(a, requirements=['X'])
