# operators: which NaN a complex product passes on where x's imaginary part meets a NaN of y (re = ar*br - ai*bi and
# im = ar*bi + ai*br with ar, br numbers: the cross products ai*bi and ai*br decide). NumPy 2.4's multiply loop
# multiplies them with y's part first in its contiguous branch, but its branches for a repeated x or y (a 0-d
# operand), its scalar loop as its compiler vectorised it (a strided output) and the complex64 kernel it takes for
# an input stepping backwards each order them by the vector an element falls in: a round of two vectors, the first
# of the tail, the second (its AVX2 build: 4 complex64 or 2 complex128 a vector; its baseline: 2 or 1). NumPy 1.24
# takes x's part first everywhere. Measured on 1 to 23 elements of every branch, 2026-12-08 (found probing a cast
# output: np.multiply(x[::-1], x[1:2].reshape(()), out=o) of a complex64 x into a complex128 o).
import numpy as np
x = np.full(32, 9205357712433479680, dtype=np.uint64).view(np.complex64)
y = np.full(32, 9205357785439535104, dtype=np.uint64).view(np.complex64)
y_repeated = np.zeros(12, dtype=np.complex64)
y_repeated_bits = y_repeated.view(np.uint32)
np.multiply(x[:12], y[0], out=y_repeated)
np.multiply(x[:12], y[0:1].reshape(()), out=y_repeated)
np.multiply(x[:24:2], y[0:1].reshape(()), out=y_repeated)
x_repeated = np.zeros(13, dtype=np.complex64)
x_repeated_bits = x_repeated.view(np.uint32)
np.multiply(x[0:1].reshape(()), y[:13], out=x_repeated)
backwards = np.zeros(11, dtype=np.complex64)
backwards_bits = backwards.view(np.uint32)
np.multiply(x[10::-1], y[:11], out=backwards)
np.multiply(x[:11], y[10::-1], out=backwards)
z = x.astype(np.complex128)
w = y.astype(np.complex128)
strided_out = np.zeros(22, dtype=np.complex128)
strided_out_bits = strided_out.view(np.uint64)
np.multiply(z[:11], w[:11], out=strided_out[::2])
wide_y_repeated = np.zeros(11, dtype=np.complex128)
wide_bits = wide_y_repeated.view(np.uint64)
np.multiply(z[:22:2], w[0:1].reshape(()), out=wide_y_repeated)
np.multiply(z[0:1].reshape(()), w[:11], out=wide_y_repeated)
np.multiply(z[0:1].reshape(()), w[:22:2], out=wide_y_repeated)
cast_out = np.zeros((3, 4), dtype=np.complex128)
cast_out_bits = cast_out.view(np.uint64)
np.multiply(x[3::-1], y[1:2].reshape(()), out=cast_out)
