# take_put: np.put with mode='wrap' takes every index modulo the length, so 0, the length itself, minus the length
# and twice the length all land on element 0 (the last write wins); other negatives count from the end.
import numpy as np
a = np.arange(5)
np.put(a, [5, -5, 10, 0], [10, 20, 30, 40], mode='wrap')
b = np.arange(5)
np.put(b, [-1, 7, -10, 3], [50, 60, 70, 80], mode='wrap')
c = np.arange(6.0).reshape(2, 3)
c.put([6, -6, 12], [1.5, 2.5, 3.5], mode='wrap')
