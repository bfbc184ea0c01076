# view_dtype: a bool comparison of a contiguous run with a stride-0 operand (a broadcast array, not a NumPy scalar)
# whose byte is neither 0 nor 1. NumPy's SIMD loop normalises both sides (nonzero is True) in whole vectors and
# compares the tail's bytes as they are: NumPy 2 in blocks of 16, NumPy 1.24 of 32 with AVX2 (16 at its baseline),
# so under 1.24 on an AVX2 machine a run of 16 is all tail (True as 1 < True as 0xF0) and one of 33 has one such
# element (measured 2026-12-05; the engine had 1.24 compare the raw byte throughout, as measured on an AVX-512
# machine). Found with the fuzzer's program in ..._broadcast_column.py.
import numpy as np
flag = np.array([0xF0], dtype=np.uint8).view(bool)
ones16 = np.ones(16, dtype=np.uint8).view(bool)
ones33 = np.ones(33, dtype=np.uint8).view(bool)
ones70 = np.ones(70, dtype=np.uint8).view(bool)
r16 = ones16 < np.broadcast_to(flag, (16,))
r33 = ones33 < np.broadcast_to(flag, (33,))
r70 = ones70 == np.broadcast_to(flag, (70,))
s70 = np.broadcast_to(flag, (70,)) > ones70
