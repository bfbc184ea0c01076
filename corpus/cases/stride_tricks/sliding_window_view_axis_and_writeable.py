# sliding_window_view over chosen axes is a read-only view unless writeable=True; its windows alias each other,
# so a write through a writeable one shows in every window that covers the element; window shapes larger than
# the axis are a ValueError.
import numpy as np
a = np.arange(12).reshape(3, 4)
w = np.lib.stride_tricks.sliding_window_view(a, 2, axis=1)
w.flags.writeable
w[0, 0, 0] = 1
v = np.lib.stride_tricks.sliding_window_view(a, (2, 2), axis=(0, 1), writeable=True)
v[0, 1, 0, 0] = -7
np.shares_memory(v, a)
np.lib.stride_tricks.sliding_window_view(a, 5, axis=1)
