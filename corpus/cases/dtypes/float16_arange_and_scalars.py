# np.arange with dtype float16 fills start + i * step in float and rounds each element; float16 scalars
# round on construction and keep float16 in arithmetic with Python numbers.
import numpy as np
a = np.arange(0, 3, 0.3, dtype=np.float16)
b = np.arange(2040, 2080, 3, dtype=np.float16)
s = np.float16(65519)
t = np.float16(2049)
u = s * 2
v = np.float16(0.1) + np.float16(0.2)
w = np.full((2, 2), 0.1, dtype=np.float16)
