# Seed 000 (NumPy: Copy Function), example 1: "array_a" = np.arange(6), "array_b" = array_a,
# then return both object identifiers -> "the objects share the same id and location in memory".
# The seed prints id(array_a) and id(array_b); raw ids differ between runs, so the case
# compares them instead. Correct about NumPy: plain assignment binds a second name.
import numpy as np
array_a = np.arange(6)
array_b = array_a
id(array_a) == id(array_b)
array_b is array_a
array_b.base is None
np.shares_memory(array_a, array_b)
