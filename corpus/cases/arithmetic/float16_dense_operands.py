# arithmetic: float16 + - * and comparisons of contiguous operands compute each element in float32 and round
# once to float16 (NumPy's HALF loops), ties and overflow to inf included, whichever loop runs the dense run.
import numpy as np
h = np.array([0.1, 1000.0, 65504.0, -2.5, 3.0, 0.0007, 2049.0, -0.0], dtype=np.float16)
k = np.array([0.2, 1000.0, 16.0, 2.5, np.inf, 0.0003, 1.0, 0.0], dtype=np.float16)
s = h + k
d = h - k
p = h * k
lt = h < k
eq = h == k
r = h + np.float16(1)
t = h[::2] * k[1::2]
