# Which NaN cumsum, cumprod, sum and prod pass on when the elements are NaNs of different payloads (element i holds
# payload i + 1; values compare NaNs equal, so each result is read through a uint view). float32 and float64 keep
# the running total's NaN (the first), as NumPy's loops take x's NaN; float16's loops compute in float and take
# y's, so a float16 cumsum or cumprod passes on each new element's NaN, and a float16 prod the last NaN along any
# axis. A float16 sum of a few contiguous elements keeps the first NaN (longer sums and other axes:
# reductions/nan_payload_of_float16_sums_known.py). Found by a NumPy 2 fuzz campaign: np.cumsum(v1, out=v1) of a
# float16 view of int64 -2s (all NaN) kept the first NaN in the engine.
import numpy as np
h = (np.arange(1, 10, dtype=np.uint16) | np.uint16(0x7e00)).view(np.float16)
f = (np.arange(1, 10, dtype=np.uint32) | np.uint32(0x7fc00000)).view(np.float32)
d = (np.arange(1, 10, dtype=np.uint64) | np.uint64(0x7ff8000000000000)).view(np.float64)
h_cumsum = np.cumsum(h).view(np.uint16)
h_cumprod = np.cumprod(h).view(np.uint16)
f_cumsum = np.cumsum(f).view(np.uint32)
f_cumprod = np.cumprod(f).view(np.uint32)
d_cumsum = np.cumsum(d).view(np.uint64)
d_cumprod = np.cumprod(d).view(np.uint64)
h_sum = np.array(h[:5].sum()).view(np.uint16)
h_prod = np.array(h[:5].prod()).view(np.uint16)
f_sum = np.array(f.sum()).view(np.uint32)
d_prod = np.array(d.prod()).view(np.uint64)
# Along an axis of a 2-d array, and in place over the input (the fuzz campaign's program).
h2 = h[:8].reshape(2, 4)
h2_cumsum_rows = np.cumsum(h2, axis=1).view(np.uint16)
h2_cumsum_columns = np.cumsum(h2, axis=0).view(np.uint16)
h2_prod_rows = h2.prod(axis=1).view(np.uint16)
h2_prod_columns = h2.prod(axis=0).view(np.uint16)
h2_prod_of_every_other = np.array(h2[:, ::2].prod()).view(np.uint16)
v0 = np.array([[-2, -2, -2, -2]])
v1 = np.ndarray((5,), dtype=np.float16, buffer=v0, offset=0)
v4 = np.cumsum(v1, axis=-1, out=v1)
