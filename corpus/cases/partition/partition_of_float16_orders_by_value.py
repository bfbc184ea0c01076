# partition: np.partition of float16 values, distinct, with NaN last; the kth element is in place and every
# element before it is no larger. (With AVX512_ICL NumPy 2 partitions 16-bit numbers by x86-simd-sort's
# quickselect, elsewhere by introselect; the engine follows both.) Found by the mutation helper (partition.cpp:
# float16's comparison).
import numpy as np
a = np.array([3.5, -1.0, 2.25, 7.0, 0.5, -4.0, 6.0], dtype=np.float16)
b = np.partition(a, 3)
c = np.partition(a, (1, 5))
d = np.array([2.0, np.nan, -3.0, 1.0, 0.0], dtype=np.float16)
e = np.partition(d, 2)
