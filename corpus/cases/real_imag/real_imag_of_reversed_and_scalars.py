# real_imag: .imag of a reversed complex view keeps the negative stride; a 0-d complex array's .real
# is a 0-d view; complex64 scalars' .real/.imag are float32 scalars.
import numpy as np
m = np.array([[1 + 1j, 2 + 2j], [3 + 3j, 4 + 4j]])
v = m[:, ::-1].imag
v.strides
v
c = np.array(1 + 2j)
cr = c.real
cr.shape
cr.base is c
s = np.complex64(1 + 2j)
s.real
s.imag
