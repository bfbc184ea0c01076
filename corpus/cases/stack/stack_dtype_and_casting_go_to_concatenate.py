# stack: np.stack, np.hstack and np.vstack pass dtype= and casting= on to np.concatenate (NumPy 1.24 and 2.x): the
# result has the asked dtype, each input cast into its window under the casting rule (TypeError where it may not
# cast), and np.stack refuses out= with dtype= as concatenate does (TypeError). The windows are written in input
# order, so the NaN and infinity casts into uint32 follow each window's runs.
import numpy as np
a = np.arange(6, dtype=np.float64).reshape(2, 3)
b = a * -1e20
b[0, 1] = np.nan
s1 = np.stack([a, b], dtype=np.uint32, casting='unsafe')
s2 = np.stack([a, b], axis=2, dtype=np.float32)
s3 = np.stack([a, a], dtype=np.int64)
s4 = np.stack([a, b], axis=-1, dtype=np.uint32, casting='unsafe')
h1 = np.hstack([a, b], dtype=np.uint32, casting='unsafe')
h2 = np.hstack([a.ravel(), b.ravel()], dtype=np.complex64)
v1 = np.vstack([a, b], dtype=np.int8, casting='unsafe')
v2 = np.vstack([a[0], b[1]], dtype=np.float16, casting='same_kind')
e1 = np.stack([a, b], dtype=np.int64, casting='same_kind')
e2 = np.hstack([a, b], dtype=np.int32)
o = np.zeros((2, 2, 3))
e3 = np.stack([a, b], out=o, dtype=np.float64)
s5 = np.stack([a, b], out=o, casting='unsafe')
x = s5 is o
