# Writes into float16 memory (setitem through a transposed view, fill, copyto) round every value to
# float16 in place; the arrays keep their layout and identity.
import numpy as np
a = np.zeros((2, 3), dtype=np.float16, order='F')
t = a.T
t[0, 0] = 2049
a[1, ::2] = [0.1, 70000]
t[1] = np.float32(3.14159)
b = a[0]
b.fill(1e-5)
np.copyto(a, np.arange(6).reshape(2, 3) * 1000.3)
