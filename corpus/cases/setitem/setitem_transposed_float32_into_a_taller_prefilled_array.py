# setitem: a transposed float32 source (40 x 16 of a 16 x 40 array) written into a prefilled C-ordered
# destination: the tiled transposing copy must cover every row of the taller destination, not just as many as it
# has columns.
import numpy as np
src = np.arange(640, dtype=np.float32).reshape(16, 40)
d = np.full((40, 16), -1, dtype=np.float32)
d[...] = src.T
e = np.full((40, 16), -1, dtype=np.int16)
e[...] = src.T.astype(np.int16)
