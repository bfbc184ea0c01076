# nonzero_where: np.choose picks from broadcast choices into a fresh C-ordered array of their common
# dtype; out=o must have the result's shape (TypeError) and comes back itself, also when it is one of the
# choices; raise mode refuses a bad entry with ValueError (also one equal to the number of choices), wrap and
# clip resolve it.
import numpy as np
a = np.array([[0, 1, 2], [2, 1, 0]])
ch = [np.arange(3), np.arange(3) * 10, np.full((2, 3), 7)]
r = np.choose(a, ch)
w = np.choose([0, 4, -1], ch[:2], mode='wrap')
c = np.choose([0, 4, -1], ch[:2], mode='clip')
w2 = np.choose([2, 1, 0], ch[:2], mode='wrap')
c2 = np.choose([2, 1, 0], ch[:2], mode='clip')
# expect: ValueError
np.choose([0, 1, 2], ch[:2])
o = ch[2]
r2 = np.choose(a, ch, out=o)
r2 is o
# expect: ValueError
np.choose([0, 3], [np.arange(2), np.arange(2)])
# expect: TypeError
np.choose([0, 1], [np.arange(2), np.arange(2)], out=np.zeros(3))
s = np.choose(1, [5, 6.5])
