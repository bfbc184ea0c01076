# np.choose(a, choices, out=o) where the positions `a` are (a view of) `o` itself: NumPy reads `a` in place (an
# intp array is not converted) one element at a time while it writes o, so earlier writes change later picks.
# The choices are another matter: NumPy converts each to the common type and C order first (a copy unless it
# already is), and a choice it uses as it is that overlaps o makes it write through a copy of o instead. Under
# NumPy 2 an F-ordered o is written as if it were C-contiguous, in 1.24 through a C-ordered copy.
import numpy as np
v = np.full((5, 2), 0, order='F')
v[[-4], :] = -3
r = np.choose(v[::-1], [v, v[::-1]], out=v, mode='wrap')
c = np.zeros(6, dtype=np.intp)
c[2] = 1
d = np.choose(c, [np.arange(6) + 1, np.arange(6) * 0], out=c, mode='clip')
e = np.array([1, 0, 1, 1, 0, 0])
f = np.choose(e[::-1], [e, -e], out=e, mode='wrap')
g = np.array([1, 0, 1, 1], dtype=np.int32)
h = np.choose(g, [g * 5, g * 7], out=g, mode='clip')
k = np.zeros(6, dtype=np.intp)
k[4] = 1
m = np.choose(k[::-1], [np.arange(6) + 1, np.arange(6) * 0], out=k, mode='wrap')
