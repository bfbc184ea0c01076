# base_chain: base collapsing stops at an as_strided result (its base is not an ndarray): views of
# it have base = the as_strided array itself, not the original owner.
import numpy as np
from numpy.lib.stride_tricks import as_strided
a = np.arange(6)
w = as_strided(a, shape=(3,), strides=(16,))
t = w[1:]
r = w.reshape(3, 1)
t.base is w
r.base is w
t.base is a
np.shares_memory(t, a)
