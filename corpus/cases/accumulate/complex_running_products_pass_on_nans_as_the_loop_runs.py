# accumulate: which NaN np.cumprod of complex numbers passes on where a number's imaginary NaN meets the running
# product's (re = ar*br - ai*bi: the cross product ai*bi decides). NumPy's accumulate hands its multiply loop the
# running product as x and as the output one element on, so the output overlaps x and the loop runs as compiled
# without vectors: x's part first, but for complex128 in NumPy 2's AVX2 build. A line of two elements is one element
# to the loop, whose overlap test NumPy 2 spans over that element alone: it takes a vector branch, where the cross
# products go y's part first and the parts by the vector's place (cumprod along an axis of length 2). Measured
# 2026-12-08 on NumPy 2.4.6 (AVX2 and baseline builds) and 1.24 (x's part first everywhere).
import numpy as np
x = np.full(8, 9205357712433479680, dtype=np.uint64).view(np.complex64)
x.view(np.uint32)[1::2] = np.arange(2143289361, 2143289369, dtype=np.uint32)
running = np.cumprod(x)
running_bits = running.view(np.uint32)
z = x.astype(np.complex128)
wide = np.cumprod(z)
wide_bits = wide.view(np.uint64)
rows = np.cumprod(z.reshape(4, 2), axis=1)
rows_bits = rows.view(np.uint64)
columns = np.cumprod(z.reshape(2, 4), axis=0)
columns_bits = columns.view(np.uint64)
pairs = np.cumprod(x.reshape(4, 2), axis=1)
pairs_bits = pairs.view(np.uint32)
