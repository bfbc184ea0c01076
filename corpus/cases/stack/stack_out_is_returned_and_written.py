# stack: np.stack(out=o) writes into o and returns o itself; a wrong shape is ValueError; an output that
# overlaps the inputs is written window by window (earlier windows are read by later inputs).
import numpy as np
a = np.arange(6).reshape(2, 3)
o = np.zeros((2, 2, 3), dtype=np.int64)
r = np.stack([a, a * 2], out=o)
r is o
# expect: ValueError
np.stack([a, a], out=np.zeros((2, 3, 2)))
x = np.arange(6.0)
y = np.stack([x[3:], x[:3]], out=x.reshape(2, 3))
y.base is x
small = np.zeros((2, 2, 3), dtype=np.int8)
np.stack([a, a], out=small)
