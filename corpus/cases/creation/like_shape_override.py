# *_like(a, shape=s): the new shape replaces a's; order='K' keeps a's stride order only when s has a's number of
# dimensions (PyArray_NewLikeArrayWithShape), else the result is C-ordered (or F for an F-contiguous a under
# order='A'); the result is always fresh memory, sharing nothing with a.
import numpy as np
a = np.zeros((2, 3, 4)).transpose(2, 0, 1)
b = np.empty_like(a, shape=(5, 2, 3))
c = np.zeros_like(a, shape=(4, 6))
d = np.ones_like(a, shape=(2, 3, 4), order='C')
f = np.asfortranarray(np.ones((3, 2)))
g = np.full_like(f, 7, shape=(2, 5))
h = np.full_like(f, 7, shape=(3, 4), order='A')
i = np.zeros_like(f, shape=())
j = np.ones_like(a[::2], shape=(2, 3, 4), dtype=np.int8)
k = np.empty_like(a, shape=5)
l = np.zeros_like(a, shape=(-1, 2))
