# setitem: a transposed copy of 16x16 or more of one 8-byte dtype into the first columns of a wider array writes
# exactly those columns: the elements just past each row, and the source's elements just past its view, are left
# alone (the source is a window of a larger array, so those neighbours exist).
import numpy as np
a = np.zeros((17, 20))
b = np.arange(400.0).reshape(20, 20)[:17, :17]
a[:, :17] = b.T
c = np.zeros((18, 40), dtype=np.int64)
d = np.arange(1600).reshape(40, 40)[:35, :18]
c[:, :35] = d.T
