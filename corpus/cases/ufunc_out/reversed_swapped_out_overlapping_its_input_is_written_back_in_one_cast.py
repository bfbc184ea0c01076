# An out that overlaps what the loop reads is replaced by a copy in the loop's dtype, written back afterwards; a 1-d
# out stepping backwards is written back in its own order as one call of the cast loop, so a swapped out takes the
# rule of its cast's contiguous buffer: NaN and -inf into a reversed '>u4' view of the input become 2**31 (the vector
# rule, from four elements on), into a native 'u4' one 0 (the strided loop's). Both NumPys (fuzz campaign, NumPy
# 1.24: the engine wrote the swapped out back element by element, 0).
import numpy as np
v7 = np.arange(4, dtype='>u4')
r = v7.clip(np.nan, -4.5, out=v7[::-1], casting='unsafe')
w = np.arange(9, dtype='>u4')
s = np.add(w, -np.inf, out=w[::-1], casting='unsafe')
n = np.arange(9, dtype='u4')
t = np.add(n, np.nan, out=n[::-1], casting='unsafe')
