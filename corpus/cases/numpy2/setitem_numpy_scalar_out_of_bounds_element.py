# A NumPy integer scalar stored into an int8 array: NumPy 2.4 reads it as a Python int and checks the bounds,
# so a[0] = np.int64(300), a[0:2] = np.int64(300) and a[1] = np.uint8(200) raise OverflowError and write
# nothing, while a 0-d array np.array(300) is cast unsafely and wraps. NumPy 1.24 wrapped all of them.
# np.int16(100) fits and is stored in both.
import numpy as np
a = np.zeros(4, dtype=np.int8)
a[2] = np.int16(100)
a[3] = np.array(300)
a[0:2] = np.int64(300)
a[0] = np.int64(300)
a[1] = np.uint8(200)
