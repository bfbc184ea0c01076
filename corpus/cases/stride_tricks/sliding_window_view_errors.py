# stride_tricks: sliding_window_view refuses a window longer than its axis, a negative window, too few
# windows for axis=None, mismatched window and axis counts (ValueError) and a bad axis (AxisError).
import numpy as np
x = np.arange(6).reshape(2, 3)
# expect: ValueError
np.lib.stride_tricks.sliding_window_view(x, (3, 1))
# expect: ValueError
np.lib.stride_tricks.sliding_window_view(x, (-1, 1))
# expect: ValueError
np.lib.stride_tricks.sliding_window_view(x, 2)
# expect: ValueError
np.lib.stride_tricks.sliding_window_view(x, (1, 1), axis=0)
# expect: ValueError
np.lib.stride_tricks.sliding_window_view(x, 1, axis=2)
e = np.lib.stride_tricks.sliding_window_view(np.zeros((0, 3)), (0, 2))
