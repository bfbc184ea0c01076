# np.maximum / np.minimum of float32 and float64 give the second operand on a tie (0.0 against -0.0) in their SIMD
# kernels, which they run only where the output is apart from both inputs (is_mem_overlap). An output behind its
# inputs, handed to the loop uncopied (safe element by element), sends them to their scalar kernel, which on this
# x86 machine gives the second too (its C reads (x >= y || isnan(x)) ? x : y, the first; measured on both NumPys,
# 2026-12-06, against an engine that had taken the C at its word). Read back as integer bits.
import numpy as np
z = np.array([0.0, -0.0] * 20)
np.maximum(z[2:22], z[3:23], out=z[0:20])
bits = z.view(np.int64)
w = np.array([0.0, -0.0] * 20, dtype=np.float32)
np.minimum(w[2:22], w[3:23], out=w[0:20])
w_bits = w.view(np.int32)
v = np.array([0.0, -0.0] * 20)
apart = np.maximum(v[2:22], v[3:23])
apart_bits = apart.view(np.int64)
