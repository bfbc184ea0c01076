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
# An empty strides tuple is no strides for NumPy's size check: a 0-d float over an empty buffer is a TypeError
# (found by the property test, seed 601).
np.ndarray((), dtype=float, buffer=np.zeros((0, 2)), strides=())
c = np.ndarray((), dtype=np.int8, buffer=a, strides=())
# Over an empty buffer the check takes the requested array's own size as the buffer's, so negative strides that
# reach below its start are still ValueError (property test, seed 27 under 1.24).
np.ndarray((2, 2), dtype=float, buffer=np.zeros((0, 0)), offset=0, strides=(-16, -16), order='F')
np.ndarray((2,), dtype=float, buffer=np.zeros(0), strides=(-8,))
