# ufunc_out: NumPy copies an input that is not aligned before it runs a ufunc's loop, when it is 0-d or 1-d of at
# most its 8,192-element buffer (check_for_trivial_loop, both NumPys), in C order: the loop reads a forward copy
# apart from every other operand, never the input itself, not even where it steps backwards or is the output.
# Kernels that pick their path by the steps and addresses they are handed show it: here complex64 NaNs of an
# unaligned view of integers, whose payloads tell which kernel multiplied (NumPy 1.24's AVX512F product: every
# operand stepping one element, the output 64 bytes or more from each input; NumPy 2's square). 8 elements (64
# bytes) each: the copies and the output's buffer are then apart on glibc's heap whatever it held before.
import numpy as np
b = -np.arange(1, 33)
z = np.ndarray((8,), dtype='complex64', buffer=b, offset=2)
c = z * z[::-1]
cv = c.view(np.uint32)
c = np.multiply(z[::-1], z, dtype=np.complex64)
cv = c.view(np.uint32)
d = np.square(z[::-1])
dv = d.view(np.uint32)
np.square(z[::-1], out=d)
z *= z[::-1]
np.multiply(z[::-1], z, out=z)
e = b.copy()
w = np.ndarray((8,), dtype='complex64', buffer=e, offset=2)
np.multiply(w, w[::-1].copy(), out=w)
