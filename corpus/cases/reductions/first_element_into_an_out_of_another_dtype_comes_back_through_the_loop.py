# min and max copy each output's first element into out= themselves (in out's dtype) and skip it in the loop; where
# that is all there is to reduce (a reduced axis of length 1), the buffer that held out in the loop's dtype is still
# written back, so the copied value comes back through it: 2**64 - 3e9 in a uint64 out of a float64 loop rounds to
# a multiple of 2048 (both NumPys; the engine once left the copied value as it was).
import numpy as np
q = np.full((1, 2, 5), -3e9, dtype='f4')
o = np.zeros((2, 5), dtype='u8')
r = np.min(q, axis=0, out=o)
p = np.zeros((5, 2), dtype='>u8').T
s = np.max(q, axis=0, out=p)
k = np.zeros((2, 5, 1), dtype='u8')
t = np.max(q.reshape(2, 5, 1), axis=-1, out=k[..., 0])
