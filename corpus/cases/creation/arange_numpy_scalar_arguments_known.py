# creation: np.arange with NumPy scalar arguments. Its second element is start + step in NumPy's scalar
# arithmetic (PyNumber_Add): np.bool_(True) + True is True, so np.arange(True, 4, np.bool_(True)) is [1, 1, 1] (the
# rest continue by the difference of the first two); np.int8(100) + 100 wraps to -56 under NumPy 2 and promotes
# under 1.24; float32 steps add in float32. NumPy 2 also takes the length from the NumPy scalars' arithmetic:
# np.arange(np.int8(0), 200) raises ValueError ("Maximum allowed size exceeded") there, which the engine does not
# model yet (an expected divergence under NumPy 2; NumPy 1.24 gives 0..199).
import numpy as np
f = np.arange(True, 4, np.bool_(True))
e = np.arange(np.bool_(False), 3, True)
g = np.arange(100, 300, np.int8(100))
h = np.arange(np.float32(0.1), 1, np.float32(0.2))
k = np.arange(np.uint8(250), 260, np.uint8(3))
