# a.astype(dtype, order=, casting=, copy=): the casting rule is checked first, by dtype alone (TypeError, and
# nothing is bound); order lays out the copy (K keeps a's stride order, A keeps F only for an F-contiguous a);
# copy=False gives a itself back only when the dtype matches and a's layout satisfies the order.
import numpy as np
a = np.arange(6, dtype=np.int64).reshape(2, 3).T
b = a.astype(np.float64, casting='safe')
c = a.astype(np.int32, casting='safe')
d = a.astype(np.int32, casting='same_kind', order='C')
e = a.astype(np.int64, casting='no', copy=False)
f = a.astype(np.int64, order='C', copy=False)
g = a.astype(np.uint8, casting='same_kind')
h = a.astype(np.float32, order='A')
i = a[::-1].astype(np.complex64, order='K')
j = a.astype(np.int64, casting='equiv', order='F', copy=False)
k = a.astype(np.float16, casting='unsafe', order='F')
