# reductions: max and min of two zeros of different signs. NumPy's contiguous reduction starts from the first
# element and compares the rest in a scalar loop while fewer than a vector's worth remain, keeping the element it
# has on a tie (A >= B ? A : B), so the first zero stays. Found by the mutation helper (reduction.cpp: b >= a).
import numpy as np
a = np.array([0.0, -0.0])
b = np.array([-0.0, 0.0])
c = a.max(keepdims=True)
d = b.max(keepdims=True)
e = a.min(keepdims=True)
f = b.min(keepdims=True)
g = np.max(b, keepdims=True)
h = np.array([0.0, -0.0], dtype=np.float32).max(keepdims=True)
