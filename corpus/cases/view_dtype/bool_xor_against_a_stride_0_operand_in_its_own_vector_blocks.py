# Bool ^ (np.bitwise_xor) is NumPy's not_equal loop (generate_umath.py's cfunc_alias), but dispatched apart from
# the comparisons: against a stride-0 operand it normalises the bytes of a bool view (nonzero is True) in vector
# blocks of its own and compares the stride-0 operand's byte as it is past the last whole block. NumPy 2.4's block
# is its vector's bytes (64 with AVX512_SKX, 32 with AVX2, 16 at its baseline), NumPy 1.24's 16, where their == and
# != take 16 and (with AVX512_SKX) 64. The engine computed ^ as a plain logical xor (property test, NumPy 2, seed
# 1721). Bytes 0-11 against a 9.
import numpy as np
from numpy.lib.stride_tricks import as_strided
v0 = np.arange(12, dtype=np.int64).reshape((4, 3), order='C')
v0 = v0.view('bool')
v5 = np.lib.stride_tricks.as_strided(v0[::-1], shape=(1, 1), strides=(0, 8))
v6 = v0 ^ v5
x = (np.arange(80) % 12).astype(np.uint8).view(bool)
nine = np.array([9], np.uint8).view(bool)
y = np.broadcast_to(nine, (80,))
a = (x ^ y).view(np.uint8)
b = (y ^ x).view(np.uint8)
c = (x[:31] ^ y[:31]).view(np.uint8)
d = (x[:64] ^ y[:64]).view(np.uint8)
e = (x != y).view(np.uint8)
f = (x[:31] != y[:31]).view(np.uint8)
# Its blocks run over NumPy's buffered runs, as the comparisons' do: a bool view with a stride-0 middle axis is
# buffered into one run of 72 elements (one block of 64, a tail of 8), not three rows of 24.
w0 = np.arange(60, dtype=np.int64).reshape((4, 3, 5), order='C')
w2 = np.lib.stride_tricks.as_strided(w0[::-1], shape=(1, 3, 3), strides=(8, 0, 8))
w = w2.view('bool')
w5 = np.lib.stride_tricks.as_strided(w[::-1], shape=(1, 1), strides=(8, 8))
w6 = w ^ w5
