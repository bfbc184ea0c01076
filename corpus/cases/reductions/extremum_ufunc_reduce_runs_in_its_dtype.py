# np.maximum.reduce and np.minimum.reduce take dtype= (a.max() and np.max do not): the input is cast to
# it unsafely and the reduction runs in it, so the result has that dtype and a value out of its range wraps first
# (300.5 as int8 is 44, NaN as uint32 is what the cast makes of it). A byte order in dtype= is TypeError.
import numpy as np
a = np.array([[1, 5, 3], [7, 2, 9]], dtype=np.int8)
r0 = np.maximum.reduce(a, dtype='f4')
r1 = np.maximum.reduce(a, axis=1, dtype=np.int16, keepdims=True)
r2 = np.minimum.reduce(a.astype('f8') + 0.5, dtype='i1')
r3 = np.maximum.reduce(np.array([300.5, 2]), dtype=np.int8)
r4 = np.maximum.reduce(np.array([np.nan, 1, -np.inf]), dtype='u4')
r5 = np.minimum.reduce(a, axis=None, dtype='c8', initial=3)
r6 = np.maximum.reduce(a, dtype='f2', out=np.zeros(3, '>f8'))
r7 = np.maximum.reduce(a, dtype='>f4')
