# In-place arithmetic on float16 (computed in float32 and rounded back, as NumPy's loops do) keeps the
# array's identity, strides and base; a float16 target refuses a complex result (UFuncTypeError).
import numpy as np
a = np.arange(8, dtype=np.float16)[::2]
a += 1000.7
a *= 3.3
a -= np.float64(0.1)
b = a.base
# expect: TypeError
a += 1j
c = np.arange(4, dtype=np.float16)
c += c[::-1]
