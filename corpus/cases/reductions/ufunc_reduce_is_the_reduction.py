# reductions: np.add.reduce, np.multiply.reduce, np.maximum.reduce and np.minimum.reduce are what np.sum, np.prod,
# np.max and np.min run, with the ufunc method's own default axis=0 (None reduces every axis, a tuple several). A
# 0-d array takes axis=0 as axis=None; an empty maximum is NumPy's ValueError; out= is returned as the same object.
import numpy as np
a = np.arange(12, dtype=np.int8).reshape(3, 4)
r1 = np.add.reduce(a)
r2 = np.add.reduce(a, axis=None)
r3 = np.add.reduce(a, axis=1, keepdims=True)
r4 = np.multiply.reduce(a, axis=(0, 1), dtype=np.float32)
r5 = np.maximum.reduce(a.T)
r6 = np.minimum.reduce(a, axis=-1)
r7 = np.add.reduce([1, 2, 3])
r8 = np.add.reduce(np.int8(3))
r9 = np.add.reduce(np.array(5), axis=0)
o = np.zeros(4, dtype=np.float64)
r10 = np.add.reduce(a, 0, None, o)
x = r10 is o
r11 = np.maximum.reduce(np.zeros((0, 3)))
r12 = np.maximum.reduce(np.zeros((0, 3)), axis=1)
r13 = np.add.reduce(a, axis=2)
b = np.full((3, 5), -1e20)
b[:, ::2] = np.nan
u = np.zeros(5, dtype=np.uint32)
r14 = np.maximum.reduce(b, out=u)
