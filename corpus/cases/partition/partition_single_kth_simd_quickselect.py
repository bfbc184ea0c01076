# With a single kth, NumPy 2 hands 16-, 32- and 64-bit numbers to x86-simd-sort's AVX-512 quickselect, which sorts a
# lane of up to 512 (64-bit: 256) elements whole; NumPy 1.24's introselect leaves its own order. Several kth, or
# 8-bit integers, go to introselect under both. Integer values only: the order of -0.0 and 0.0 is the build's.
import numpy as np
values = np.array([9, 3, 7, 1, 8, 2, 6, 4, 5, 0] * 4)
a64 = np.partition(values, 13)
a32 = np.partition(values.astype(np.int32), 13)
a16 = np.partition(values.astype(np.uint16), 5)
two = np.partition(values, [13, 20])
small = np.partition(values.astype(np.int8), 13)
lanes = values.reshape(4, 10).astype(np.int32)
lanes.partition(4, axis=1)
