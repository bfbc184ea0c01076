# np.choose(a, choices, out=o) where the positions `a` are (a view of) `o` itself: NumPy reads `a` in place (an
# intp array is not converted) one element at a time while it writes o, so earlier writes change later picks.
# The choices are another matter: NumPy converts each to the common type and C order first (a copy unless it
# already is), and a choice it uses as it is that overlaps o makes it write through a copy of o instead. Under
# NumPy 2 an F-ordered o is written as if it were C-contiguous, in 1.24 through a C-ordered copy. With o itself
# among the choices (n), NumPy writes through a copy of o: the positions n[::-1] are read from the untouched o
# (n[3] picks by the old n[0], 0, not the 5 just written). In raise mode NumPy also writes through a copy, so an
# invalid position leaves out as it was.
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
n = np.array([0, 0, 0, 1])
q = np.choose(n[::-1], [n, np.array([5, 6, 7, 8])], out=n, mode='clip')
o = np.zeros(3, dtype=np.intp)
# expect: ValueError
np.choose(np.array([0, 5, 1]), [np.ones(3, dtype=np.intp), np.full(3, 2)], out=o)
