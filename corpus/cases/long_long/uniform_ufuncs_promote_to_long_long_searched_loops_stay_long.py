# Which C type a result of long and long long operands gets. Promotion keeps the greater type number, so + - *
# maximum minimum (NumPy's uniform operations), clip, np.where, concatenate, dot and matmul give long long when
# one operand of the result's type is (l + q and q + l are q). The other ufuncs search their loop list, where the
# long loop comes first: long long only when every operand is long long, which NumPy's dispatch matches exactly
# (q // q is q; q // l, q // 2 and q & int32 are l). Unary loops, reductions and cumsum keep the input's type;
# choose keeps its first choice's. np.asarray(r, dtype='q' or 'l') shows each: r itself or a view.
import numpy as np
l = np.arange(1, 4)
q = np.asarray(l, dtype='q')
i4 = np.arange(1, 4, dtype=np.int32)
r1 = l + q
c1 = np.asarray(r1, dtype='q')
r2 = q + l
c2 = np.asarray(r2, dtype='q')
r3 = q // l
c3 = np.asarray(r3, dtype='l')
r4 = q // q
c4 = np.asarray(r4, dtype='q')
r5 = q // 2
c5 = np.asarray(r5, dtype='l')
r6 = q + 2
c6 = np.asarray(r6, dtype='q')
r7 = q & i4
c7 = np.asarray(r7, dtype='l')
r8 = np.maximum(i4, q)
c8 = np.asarray(r8, dtype='q')
r9 = -q
c9 = np.asarray(r9, dtype='q')
r10 = q ** 2
c10 = np.asarray(r10, dtype='l')
r11 = np.add(l, q, out=np.empty(3, dtype=np.int64))
r12 = q.sum(axis=0, keepdims=True)
c12 = np.asarray(r12, dtype='q')
r13 = q.cumsum()
c13 = np.asarray(r13, dtype='q')
r14 = np.concatenate([l, q])
c14 = np.asarray(r14, dtype='q')
r15 = np.where(l > 1, l, q)
c15 = np.asarray(r15, dtype='q')
r16 = np.clip(l, q, 5)
c16 = np.asarray(r16, dtype='q')
r17 = np.dot(l, q.reshape(3, 1))
c17 = np.asarray(r17, dtype='q')
r18 = np.matmul(l.reshape(1, 3), q.reshape(3, 1))
c18 = np.asarray(r18, dtype='q')
r19 = np.choose([0, 1, 0], [l, q])
c19 = np.asarray(r19, dtype='l')
r20 = np.choose([0, 1, 0], [q, l])
c20 = np.asarray(r20, dtype='q')
r21 = np.square(q)
c21 = np.asarray(r21, dtype='q')
