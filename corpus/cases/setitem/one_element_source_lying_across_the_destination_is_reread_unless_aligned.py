# Assigning a one-element source that lies across the destination's own memory (np.frombuffer at an offset) to a
# 1-d array: NumPy makes no copy (the strides point the same way) and broadcasts the source with stride 0. Its
# stride-0 copy loop reads the value once, but exists only aligned; a source or destination off the uint
# alignment (8 bytes at most) takes the general loop, which reads the source again after each write, so the
# writes that reach it change what follows. Complex copies always take the unaligned loops (NumPy's byteswap-loop
# choice says their alignment would be too small), so a complex128 source 8 bytes in is re-read too. The fuzzer
# found it (property test, NumPy 1.24, seed 865).
import numpy as np
v1 = np.arange(4, dtype='int64')
v2 = np.frombuffer(v1, dtype='int64', count=1, offset=1)
v1[...] = v2
w1 = np.arange(6, dtype='float32')
w2 = np.frombuffer(w1, dtype='float32', count=1, offset=2)
w1[::2] = w2
c1 = np.arange(4, dtype='complex128')
c2 = np.frombuffer(c1, dtype='complex128', count=1, offset=8)
c1[...] = c2
d1 = np.arange(4, dtype='complex64')
d2 = np.frombuffer(d1, dtype='complex64', count=1, offset=4)
np.copyto(d1, d2)
e1 = np.arange(4, dtype='int16')
e2 = np.frombuffer(e1, dtype='int16', count=1, offset=2)
e1[...] = e2
