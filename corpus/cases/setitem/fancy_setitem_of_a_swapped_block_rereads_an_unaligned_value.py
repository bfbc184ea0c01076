# numpy: <2
# A fancy assignment into a byte-swapped array from a 0-d value lying in that array's own memory: NumPy 1.24's
# swapping copy for a source stride of 0 reads the value once per call, but it exists only aligned, and complex
# swaps always take the unaligned loops (NumPy's byteswap-loop choice), which read the value again for each
# element, so the writes that reach it change what follows. One call covers the coalesced block: a contiguous
# (2, 3) block is one call of 6, where an aligned value overlapping an element is read once for all six. The
# fuzzer found the unaligned case (property test, NumPy 1.24, seed 915).
import numpy as np
v0 = np.arange(6, dtype='ulonglong').reshape((1, 1, 2, 3), order='C')
v1 = v0.newbyteorder()
v2 = np.ndarray((), dtype='ulonglong', buffer=v1, offset=2, strides=(), order='F')
v1[[-1, -1], ...] = v2
w0 = np.arange(6, dtype='float64').reshape((1, 1, 2, 3))
w1 = w0.newbyteorder()
w2 = np.ndarray((), dtype='float64', buffer=w1, offset=8, strides=())
w1[[-1, -1], ...] = w2
c0 = np.arange(6, dtype='complex64').reshape((2, 3))
c1 = c0.newbyteorder()
c2 = np.ndarray((), dtype='complex64', buffer=c1, offset=8, strides=())
c1[[0, 0]] = c2
