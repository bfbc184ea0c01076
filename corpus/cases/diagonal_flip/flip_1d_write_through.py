# diagonal_flip: flipping a 1-D array gives a reversed view (not contiguous); writing through it
# changes the source at the mirrored position; flipping twice gives a contiguous view.
import numpy as np
a = np.arange(4, dtype=np.uint8)
f = np.flip(a)
f.strides
f.flags.c_contiguous
f[0] = 200
a
g = np.flip(f)
g.strides
g.flags.c_contiguous
g.base is a
