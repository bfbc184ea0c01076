# Known divergence (NumPy 1.24; listed in corpus/expected-divergences/numpy-1.24.txt). A complex product of an
# input that crosses the output's grain runs tiled in the engine, and its rows of 33 split into runs of 32 and 1;
# a run of one element takes the fused multiply-add path, so column 32 can differ from NumPy's plain products in
# the last digit. Found by the mutation helper (survivors ufunc.cpp:606 and 791 switch the tiling off). Only on a
# CPU with AVX512F: without it NumPy 1.24 multiplies complex numbers plainly everywhere, and so does the engine.
import numpy as np
from numpy.lib.stride_tricks import as_strided
buf = np.linspace(0.3 + 0.7j, 1.1 - 0.2j, 600)
y = np.linspace(0.9 - 0.4j, 0.2 + 1.3j, 528).reshape(16, 33)
o = np.zeros((16, 33), dtype=complex)
np.multiply(as_strided(buf, shape=(16, 33), strides=(8, 16)), y, out=o)
