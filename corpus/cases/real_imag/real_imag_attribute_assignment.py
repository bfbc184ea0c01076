# real_imag: `a.real = v` and `a.imag = v` write into the complex memory in place (broadcast, cast, from
# an overlapping view of the same array); the array keeps its identity, base and strides.
import numpy as np
c = np.zeros((2, 3), dtype=np.complex128)
v = c[:, ::2]
c.real = 1.5
c.imag = [1, 2, 3]
v.real = v.imag
c.imag = c.real[::-1]
c.real = np.arange(3)
v.base is c
