# stride_tricks: sliding_window_view is an as_strided view (its base is not an array) with the input's
# strides repeated for the window axes; read-only unless writeable=True, and then writes land in the input.
import numpy as np
x = np.arange(8)
w = np.lib.stride_tricks.sliding_window_view(x, 3)
w.strides
w.flags.writeable
# expect: ValueError
w[0, 0] = 1
ww = np.lib.stride_tricks.sliding_window_view(x, 3, writeable=True)
ww[1, 1] = 100
m = np.arange(12).reshape(3, 4).T
mw = np.lib.stride_tricks.sliding_window_view(m, (2, 2))
ax = np.lib.stride_tricks.sliding_window_view(m, 2, axis=0)
rep = np.lib.stride_tricks.sliding_window_view(m, (2, 2), axis=(1, 1))
np.shares_memory(w, x)
