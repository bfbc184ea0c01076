# einsum_sort_require: np.einsum with index-only subscripts returns a view: 'ii->i' is a writeable
# diagonal (unlike a.diagonal()), 'ij->ji' and implicit 'ji' transposes, 'iji->ij' sums repeated strides.
import numpy as np
a = np.arange(9).reshape(3, 3)
d = np.einsum('ii->i', a)
d.flags.writeable
d[0] = 100
t = np.einsum('ij->ji', a)
i = np.einsum('ji', a)
same = np.einsum('ij', a)
same is a
c = np.einsum('iji->ij', np.arange(8).reshape(2, 2, 2))
np.shares_memory(d, a)
