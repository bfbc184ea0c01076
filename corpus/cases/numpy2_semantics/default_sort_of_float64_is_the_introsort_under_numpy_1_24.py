# numpy: <2
# NumPy 1.24's SIMD sort (AVX512_SKX) takes 32-bit lanes only: float64 and float16 lanes go through its introsort,
# whose swaps move -0.0 and 0.0 and NaNs of other payloads (seen through the int views) where the engine replays
# them. (NumPy 2.4 sorts float64 with x86-simd-sort on AVX2 and AVX-512 CPUs: not replayed, docs/oracles.md.)
import numpy as np
a = np.array([0.0, -0.0, 1.5, -0.0, 0.0, np.nan, -2.0, 0.0, np.nan, -0.0, 1.5, np.nan, 0.0, -0.0, 3.0, -0.0, 0.0,
              -0.0, 2.0, 0.0, -0.0, 0.0, 0.0, -0.0, 1.0, -0.0, 0.0, np.nan, -0.0, 0.0])
a.view(np.int64)[5::3] = 0x7ff8000000000000 + np.arange(9) * 7 + 1
s = np.sort(a)
sb = s.view(np.int64)
h = a.astype(np.float16)
h.sort()
hb = h.view(np.int16)
