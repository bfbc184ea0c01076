# numpy: <2
# Which NaN NumPy 1.24's complex products pass on where several parts are NaN (ar 1, ai 2, payloads). Its AVX512F
# loops (multiply: every operand contiguous, the output's start 64 bytes or more from each input's; square: a
# contiguous output, an input stepping fewer than four elements, apart from the output or exactly on it, where
# an output ending just below its input is not apart: 1.24's nomemoverlap counts n steps from each start) multiply
# (ar, ai) by (br, bi) and (bi, br) in two vectors and add each to itself with its lanes swapped: the imaginary part
# takes ai*br's NaN before ar*bi's. Its other loops, and every loop without AVX512F, take ar's first. NumPy 2's
# order: nan_payload_of_complex_products_follows_numpys_operand_order.py. Measured on an AVX-512 machine, 2026-12-06.
import numpy as np
x_bits = np.array([4290772993, 4290772994, 1069547520, 1075838976] * 16, dtype=np.uint32)
x = x_bits.view(np.complex64)
square_step_1 = np.square(x).view(np.uint32)
square_step_3 = np.square(x[::3]).view(np.uint32)
square_step_4 = np.square(x[::4]).view(np.uint32)
square_backwards = np.square(x[::-1]).view(np.uint32)
strided_out = np.zeros(64, dtype=np.complex64)
written = np.square(x, out=strided_out[::2])
written_bits = strided_out.view(np.uint32)
y = x.copy()
in_place = np.square(y, out=y)
in_place_bits = y.view(np.uint32)
adjacent = x.copy()
just_below_its_input = np.square(adjacent[8:16], out=adjacent[0:8])
adjacent_bits = adjacent.view(np.uint32)
u = x.astype(np.complex128)
product = (u * u[::-1].copy()).view(np.uint64)
product_tail = (u[:3] * u[1:4]).view(np.uint64)
product_strided = (u[::2] * u[1::2]).view(np.uint64)
product_ahead = u.copy()
np.multiply(product_ahead[:20], product_ahead[:20], out=product_ahead[2:22])
product_ahead_bits = product_ahead.view(np.uint64)
