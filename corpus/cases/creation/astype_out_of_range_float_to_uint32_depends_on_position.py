# creation: float -> uint32 of values uint32 cannot hold (inf, -inf, nan, 5e9) is undefined behaviour in C, and
# NumPy 1.24 on x86-64 answers by position: its contiguous cast loop is vectorised 4 elements at a time,
# and the vector body (a 32-bit truncation: -inf and nan give 2**31, inf and 5e9 give 0) disagrees with the
# scalar tail (a 64-bit truncation, then wrap: -inf, inf and nan give 0, 5e9 gives 5e9 mod 2**32).
# The engine gives the scalar tail's answer everywhere; listed in corpus/expected-divergences.txt.
# Found by scripts/bench-fuzz on the release build.
import numpy as np
short = np.array([-np.inf, np.inf, np.nan, 5e9, -5e9], dtype=np.float32)[3:]
short.astype(np.uint32)
blocks = np.array([-np.inf, np.inf, np.nan, 5e9, -5e9], dtype=np.float32)
blocks.astype(np.uint32)
