# setitem: array values of another dtype are cast into the target: float32 array into complex128
# slice, int8 array into uint16 (negative wraps), float64 array into int8 slice (truncation),
# bool array into float32.
import numpy as np
c = np.zeros(3, dtype=np.complex128)
c[1:] = np.array([1.5, -2.5], dtype=np.float32)
c
u = np.zeros(2, dtype=np.uint16)
u[:] = np.array([-1, 7], dtype=np.int8)
u
i = np.zeros(3, dtype=np.int8)
i[::2] = np.array([3.9, -3.9])
i
f = np.zeros(2, dtype=np.float32)
f[:] = np.array([True, False])
f
