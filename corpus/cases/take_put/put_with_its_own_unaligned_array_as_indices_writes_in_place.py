# a.put(a, v) with `a` C-contiguous but marked unaligned: NumPy converts the indices with NPY_ARRAY_DEFAULT, which
# asks for an aligned array, so they are a copy that overlaps nothing; `a` itself (C-contiguous) is then written in
# place, and an index out of bounds in raise mode keeps the writes made before it. The engine took the unaligned
# array itself as the indices, found it overlapping `a`, and wrote into a copy that the error discarded (property
# test, NumPy 1.24, seed 511).
import numpy as np
v0 = np.array([[-3, -2, -3, -3], [-3, -3, 8, -3]], dtype='intp')
v0.flags.aligned = False
v0.put(v0, v0[::-1])
