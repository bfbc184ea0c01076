# Seed 003 claim: "np.shares_memory() ... returns True if the two arrays reference any overlapping
# memory region, and False otherwise". Imprecise: shares_memory answers whether the arrays have a
# common element (byte), not whether their memory ranges overlap; interleaved views overlap as
# ranges but share nothing, while may_share_memory only compares the ranges.
import numpy as np
a = np.arange(8, dtype=np.int16)
b = a.view(np.int8)
lo = b[::2]
hi = b[1::2]
np.shares_memory(lo, hi)
np.may_share_memory(lo, hi)
np.shares_memory(lo, a)
np.shares_memory(a[:4], a[4:])
np.may_share_memory(a[:4], a[4:])
