# Which NaN a float16 sum passes on when its elements are NaNs of different payloads (element i holds payload i + 1;
# read through a uint16 view). Measured on both NumPys: a contiguous sum of fewer than 16 elements keeps the first
# NaN; from 16 on, the first NaN of the last whole block of 8 but one (payload 9 for 16-23 elements, 17 for 24-31):
# NumPy's pairwise sum keeps 8 partial sums whose additions take the new element's NaN, then combines them taking
# the first. Summed over an outer axis (each row added into the result) the last row's NaN passes on, while float32
# and float64 keep the first row's (NumPy 1.24's float64 either, by the arrays' alignment: not in this case, whose
# NumPy answers must not depend on where the allocator puts them). The engine follows the runs NumPy's iterator
# hands its loop and their order (reduce_over_runs.cpp).
import numpy as np
h = (np.arange(1, 25, dtype=np.uint16) | np.uint16(0x7e00)).view(np.float16)
short_sum = np.array(h[:15].sum()).view(np.uint16)
rows = h[:12].reshape(3, 4)
row_sums = rows.sum(axis=1).view(np.uint16)
long_sum = np.array(h[:16].sum()).view(np.uint16)
column_sums = rows.sum(axis=0).view(np.uint16)
# More than 8,192 elements: NumPy 1.24 hands its loop runs of 8,192 and adds each run's sum into the result with the
# sum first, so the later run's NaN passes on (a lone last element's, here); NumPy 2 passes on the first run's
# (measured 2026-12-06).
long = (np.arange(8193, dtype=np.int16) % 100 + 32256).astype(np.int16).view(np.float16)
long_sum = np.array([np.add.reduce(long)]).view(np.int16)
long_reversed_sum = np.array([np.add.reduce(long[::-1])]).view(np.int16)
