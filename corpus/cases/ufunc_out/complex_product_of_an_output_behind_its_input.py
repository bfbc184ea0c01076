# An output behind an input it overlaps, stepping as it does, is safe to compute element by element, and NumPy's
# trivial loop then hands it to the loop as it is (PyArray_EQUIVALENTLY_ITERABLE_OVERLAP_OK; ufunc.cpp's
# trivial_loop_takes_out). The loop sees the overlap: NumPy 2's complex multiply and square take their plain
# scalar loop (fused elsewhere), NumPy 1.24's AVX512F multiply its fused scalar one when the output starts less
# than 64 bytes before the input (plain 64 or more). Values agree; the last bit of a part differs. Measured
# 2026-12-06 (a known divergence until the engine handed such outputs to its loops uncopied too). NumPy 2's
# scalar kernel also takes an output stepping 0 (the last product is the one kept).
import numpy as np
from numpy.lib.stride_tricks import as_strided
b = np.full(40, np.sqrt(0.5) * (1 + 1j))
behind_by_48_bytes = np.multiply(b[3:11], b[3:11], out=b[0:8])
c = np.full(40, np.sqrt(0.5) * (1 + 1j))
square_behind_by_32_bytes = np.square(c[2:10], out=c[0:8])
d = np.full(40, np.sqrt(0.5) * (1 + 1j))
behind_by_a_vector = np.multiply(d[4:12], d[4:12], out=d[0:8])
square_behind_by_a_vector = np.square(d[14:22], out=d[10:18])
e = np.full(40, np.sqrt(0.5) * (1 + 1j))
one_behind_the_other = np.multiply(e[1:9], e[2:10], out=e[0:8])
apart_as_control = np.multiply(e[20:28], e[20:28], out=e[30:38])
f = np.zeros(1, dtype=complex)
g = np.full(8, np.sqrt(0.5) * (1 + 1j))
np.multiply(g, g[::-1], out=as_strided(f, shape=(8,), strides=(0,)))
# One element written in place: NumPy's iterator (its trivial loop refuses a one-element overlap) hands the loop
# zero steps, and NumPy 2's kernels take their scalar path for them (multiply: an output stepping 0; square:
# neither operand contiguous). Property test, NumPy 2, seed 227: v1 **= 2 of one complex element.
h = np.full((1, 1), np.sqrt(0.5) * (1 + 1j))
h **= 2
k = np.full(1, np.sqrt(0.5) * (1 + 1j))
np.multiply(k, np.full(1, np.sqrt(0.5) * (1 + 1j)), out=k)
m = np.full(3, np.sqrt(0.5) * (1 + 1j))
m **= 2
n = np.full(2, np.sqrt(0.5) * (1 + 1j))
np.square(n[:1], out=n[1:])
# Square's vector kernel needs a contiguous input or output.
q = np.full(20, np.sqrt(0.5) * (1 + 1j))
strided_both = np.zeros(20, dtype=complex)
np.square(q[::2], out=strided_both[::2])
contiguous_out = np.square(q[::2])
