# setitem: a[mask] = v moves each run of consecutive True entries as one block; a run ends at the mask's last
# True entry, so the element after it keeps its value even when v's memory goes on past the values it gives.
import numpy as np
a = np.arange(10)
b = np.arange(100, 110)
a[a < 5] = b[b < 106][:5]
c = np.arange(10)
c[c < 3] = b[b < 104][:3]
d = np.arange(10.0)
d[d < 5] = (d + 50)[d < 6][:5]
e = np.arange(20)
e[e < 9] = b[b < 110][:9]
