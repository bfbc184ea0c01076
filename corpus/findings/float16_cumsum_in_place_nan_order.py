# DIVERGENCE: values after cumsum (NumPy 2 campaign, 2026-12-05): a float16 running sum passes on each new element's NaN (NumPy's half loop); the engine kept the first; fixed in reduction.cpp's combine (case view_dtype/nan_payload_of_running_and_reduced_sums_and_products.py)
import numpy as np
from numpy.lib.stride_tricks import as_strided
v0 = np.array([[-2, -2, -2, -2]])
v1 = np.ndarray((5,), dtype=np.float16, buffer=v0, offset=0)
v4 = np.cumsum(v1, axis=-1, out=v1)
