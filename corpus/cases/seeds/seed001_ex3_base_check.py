# Seed 001 (NumPy Copy vs View), example "How to Check If Arrays Share Memory":
# viewed.base is original -> True (view); copied.base is original -> False (copy). Correct
# (copied.base is in fact None).
import numpy as np
original = np.array([10, 20, 30])
copied = original.copy()
viewed = original.view()
print(viewed.base is original)
print(copied.base is original)
copied.base is None
