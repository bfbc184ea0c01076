# Which loop NumPy runs for a complex product or square decides its rounding: fused multiply-adds round each part
# once, plain ones twice (semantics::complex_product_fusion). NumPy 2 fuses everywhere on AVX2 and AVX-512, nowhere
# at its baseline. NumPy 1.24's AVX512F loops are plain: a multiply whose operands are all contiguous and whose
# output starts at least 64 bytes (a vector) from each input (one element too, as a 1-d or n-d contiguous array:
# NumPy hands the loop a 1-d operand's own stride, a 0-d one's 0), and a square whose output is contiguous and whose
# input steps fewer than four elements, apart from the output or exactly on it; everything else runs its fused
# scalar multiply or its plain square. An output ahead of an input it overlaps is computed into a copy (apart).
# Every output here is placed on purpose: where NumPy allocates a small fresh output beside its inputs is up to its
# allocator (the self-check's second NumPy under ASan put two fresh 32-byte arrays closer than 64 bytes).
# Without AVX512F NumPy 1.24 is plain everywhere. Measured on an AVX-512 machine, 2026-12-06.
import numpy as np
b = np.full(40, np.sqrt(0.5) * (1 + 1j))
apart = np.multiply(b[0:8], b[8:16], out=b[24:32])
exactly_on_the_input = np.multiply(b[0:8], b[0:8], out=b[0:8])
c = np.full(40, np.sqrt(0.5) * (1 + 1j))
ahead_of_the_input = np.multiply(c[0:8], c[0:8], out=c[3:11])
strided = c[::2] * c[1::2]
one_element_strided = c[::2][:1] * c[::2][:1]
zero_d = c[0:1].reshape(()) * c[1:2].reshape(())
one_element_and_a_scalar = c[:1] * c[1]
d = np.full(40, np.sqrt(0.5) * (1 + 1j))
one_element = np.multiply(d[:1], d[1:2], out=d[20:21])
one_element_2d = np.multiply(d[:1].reshape(1, 1), d[1:2].reshape(1, 1), out=d[30:31].reshape(1, 1))
one_element_32_bytes_away = np.multiply(d[4:5], d[4:5], out=d[2:3])
w = np.full(32, np.sqrt(0.5) * (1 + 1j))
square_step_1 = np.square(w[:8])
square_step_2 = np.square(w[::2])
square_step_3 = np.square(w[::3])
square_step_4 = np.square(w[::4])
square_backwards = np.square(w[::-1])
square_strided_out = np.zeros(16, dtype=complex)
written = np.square(w[:8], out=square_strided_out[::2])
v = w.copy()
square_in_place = np.square(v, out=v)
