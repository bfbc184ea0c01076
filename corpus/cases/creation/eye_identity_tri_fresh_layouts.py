# np.eye, np.identity and np.tri make fresh arrays that share memory with nothing: eye is zeros((N, M)) in C or
# F order (order='F' gives F strides) with ones on the k-th diagonal, identity is eye(n), tri is
# greater_equal.outer(...) cast to the dtype, always C-ordered with base None.
import numpy as np
a = np.eye(3)
b = np.eye(3, 4, order='F')
c = np.eye(4, 2, k=-1, dtype=np.int8)
d = np.eye(3, k=5)
d1 = np.eye(3, 2, k=1)
d2 = np.eye(4, 3, k=1, dtype=np.int8)
d3 = np.eye(4, 3, k=2, order="F")
e = np.identity(4, dtype=np.complex64)
f = np.tri(3)
g = np.tri(3, 5, k=1, dtype=bool)
h = np.tri(4, 2, -1, dtype=np.int16)
i = np.eye(2, dtype=np.float16)
