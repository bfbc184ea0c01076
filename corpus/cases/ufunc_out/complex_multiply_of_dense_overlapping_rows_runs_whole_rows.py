# ufunc out: a complex product of an input whose rows overlap but are each contiguous (strides (8, 16)) runs
# row by row in NumPy, rows of 33 in its contiguous loop. The engine once took the input for one that crosses
# the output's grain and tiled it, splitting rows into runs of 32 and 1; where NumPy 1.24 fuses outside its
# contiguous vector loop (AVX512F), a run of one element took the fused path and column 32 differed in the last
# digit (a known divergence until tiles were kept to inputs strided along the rows). Found by the mutation
# helper (survivors ufunc.cpp:606 and 791 switched the tiling off).
import numpy as np
from numpy.lib.stride_tricks import as_strided
buf = np.linspace(0.3 + 0.7j, 1.1 - 0.2j, 600)
y = np.linspace(0.9 - 0.4j, 0.2 + 1.3j, 528).reshape(16, 33)
o = np.zeros((16, 33), dtype=complex)
np.multiply(as_strided(buf, shape=(16, 33), strides=(8, 16)), y, out=o)
