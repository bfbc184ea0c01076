# arithmetic: one input strided (a step of 2, or backwards) and the other dense, into a fresh contiguous result:
# each element pairs the inputs at its own position, whichever input is the strided one.
import numpy as np
a = np.arange(10.0)
b = np.ones(5) * 3
s = a[::2] + b
t = b - a[::2]
u = a[::-2] * b
v = np.arange(12).reshape(3, 4)[:, ::2] - np.ones((3, 2), dtype=np.int64)
w = a[1::2] < b
