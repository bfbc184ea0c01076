# np.cumsum / np.cumprod are add.accumulate / multiply.accumulate: a fresh array in the input's stride order
# (the iterator's order K, as for a unary ufunc) when there are several dimensions, a plain 1-d array along
# a.ravel() without an axis (a 0-d input counts as 1-d). Small integers and bools accumulate as the C long
# (int64/uint64) unless dtype= says otherwise.
import numpy as np
a = np.arange(6, dtype=np.int8).reshape(2, 3)
b = np.cumsum(a)
c = np.cumsum(a, axis=0)
d = a.T.cumsum(axis=0)
e = np.cumsum(a.T[::-1], axis=1)
f = np.asfortranarray(np.arange(6.0).reshape(2, 3, 1))
g = np.cumprod(f, axis=1)
h = np.cumsum(f[:, ::-1], axis=-2)
i = np.cumsum(np.arange(3, dtype=np.uint16))
j = np.cumprod(np.array([True, True, False]))
k = np.cumsum(a, axis=1, dtype=np.float32)
l = a.cumprod(dtype=np.int8)
m = np.cumsum(np.array(5))
n = np.cumsum(np.int8(5))
o = np.cumsum(np.array([1.5, 2.5], dtype=np.float16))
p = np.cumsum([[1, 2], [3, 4]], axis=0)
# A float16 running sum rounds to float16 at every step (the accumulate loop reads its last output back), where a
# float16 sum accumulates in float: 7.1796875 + 3.46484375 is a tie that rounds to even (property test, seed 602).
q = np.arange(15, dtype=np.float16).reshape(5, 3, 1) ** 0.5
r = q.cumsum(axis=0)
s = np.cumprod(q[1:6] + 1, dtype=np.float16)
