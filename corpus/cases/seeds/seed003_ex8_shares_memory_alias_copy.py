# Seed 003 (copying arrays article), example with np.shares_memory: b = a ("view - same memory"),
# c = np.copy(a) -> shares_memory(a, b) True, shares_memory(a, c) False. Values are right;
# SEED IS WRONG to call b a view: b is the same object as a.
import numpy as np
a = np.array([1, 2, 3])
b = a
c = np.copy(a)
print("shares_memory(a, b):", np.shares_memory(a, b))
print("shares_memory(a, c):", np.shares_memory(a, c))
b is a
