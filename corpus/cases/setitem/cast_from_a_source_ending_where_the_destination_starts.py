# A 1-D assignment whose source ends exactly where the destination starts (two views of one buffer, apart): no
# element overlaps, so NumPy copies forwards in one contiguous run, and the complex -> uint32 cast of values uint32
# cannot hold answers by position in that run (its vector body gives 2**31, its tail wraps: -3e9 at positions 4
# and 12). Walking backwards, as for a source that reaches into the destination, would take the strided loop.
import numpy as np
buf = np.zeros(320, dtype=np.uint8)
src = buf[:256].view(np.complex128)
dst = buf[256:].view(np.uint32)
src[...] = np.array([5e9, -1.0, np.nan, 3e9, -3e9, np.inf, 7.0, 2.0 ** 31] * 2)
dst[...] = src
