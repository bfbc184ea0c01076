# Seed 003 (copying arrays article), example "Copy vs View": copy_view = original, copy_view[0] = 999.
# SEED IS WRONG: it says "The assignment operator (=) creates a view, not a copy". NumPy (Python)
# makes no new array at all: copy_view is an alias, the same object as original (same id,
# copy_view.base is None, not original). The printed values are as the seed shows.
import numpy as np
original = np.array([10, 20, 30, 40, 50])
print("Original:", original)
copy_view = original
copy_view[0] = 999
print("After modifying copy_view:")
print("original:", original)
print("copy_view:", copy_view)
copy_view is original
copy_view.base is original
copy_view.base is None
