# Seed 000 claim: "a return of True [from may_share_memory] doesn't necessarily mean that the
# two arrays share any element. It just means that they might."
# Correct: interleaved slices have overlapping bounds but no common element, so
# may_share_memory is True while shares_memory (exact) is False.
import numpy as np
a = np.arange(10)
even = a[::2]
odd = a[1::2]
np.may_share_memory(even, odd)
np.shares_memory(even, odd)
even[:] = 0
print(odd)
