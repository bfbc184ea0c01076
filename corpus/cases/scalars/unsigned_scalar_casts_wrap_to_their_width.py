# scalars: a NumPy integer scalar cast to a narrower unsigned type keeps only that type's bits (C's wrap), also
# where the result stays a scalar: the constructors, astype of a scalar, and a uint8 sum of a uint8 array.
import numpy as np
np.uint16(np.int64(70000))
np.uint8(np.int64(-1))
np.uint32(np.uint64(2 ** 40 + 7))
np.int64(300).astype(np.uint8)
np.array([200, 100], dtype=np.uint8).sum(dtype=np.uint8)
np.array([200, 100, 7], dtype=np.uint16).prod(dtype=np.uint8)
