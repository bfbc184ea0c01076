# base_chain: m = np.arange(9).reshape(3, 3) has an unnamed owner as base; every view of m has
# that same unnamed base (not m).
import numpy as np
m = np.arange(9).reshape(3, 3)
m.flags.owndata
r = m[1]
d = m.diagonal()
t = m.T
r.base is m
d.base is m
t.base is m.base
d.base is m.base
