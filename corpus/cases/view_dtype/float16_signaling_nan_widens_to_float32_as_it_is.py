# view_dtype: float16 NaNs, signaling ones among them (0x7c01, 0xfc01), widened to float32 and float64. NumPy's half
# -> float cast moves the bits (npy_halfbits_to_floatbits): the payload goes to the top of float's significand and a
# signaling NaN stays signaling (0x7f802000), where a conversion through a C double to float would quiet it
# (0x7fc02000). Both NumPys; found 2026-12-06 (the engine went through double).
import numpy as np
h = np.array([31745, 64513, 32256, 31744, 32767], dtype=np.uint16).view(np.float16)
f = h.astype(np.float32).view(np.uint32)
d = h.astype(np.float64).view(np.uint64)
c = h.astype(np.complex64).view(np.uint32)
z = np.zeros((2, 5), dtype=np.float32)
z[[1], :] = h
w = z.view(np.uint32)
