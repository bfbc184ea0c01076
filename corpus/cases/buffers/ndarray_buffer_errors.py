# np.ndarray(buffer=) refuses a buffer that is neither C- nor F-contiguous, strides of another length than the
# shape or reaching outside the buffer (ValueError), and a contiguous shape the buffer is too small for (a
# TypeError).
import numpy as np
a = np.arange(6.0)
np.ndarray((2,), buffer=a[::2])
np.ndarray((2, 2), buffer=a, strides=(8,))
np.ndarray((2, 2), buffer=a, strides=(32, 8))
np.ndarray((3,), buffer=a, strides=(-8,))
np.ndarray((7,), buffer=a)
np.ndarray((2, 3), buffer=a, offset=8)
b = np.ndarray((0, 5), buffer=a, strides=(800, 8))
