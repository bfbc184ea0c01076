# np.real / np.imag of complex views are views into the same memory (strides doubled relative to the item);
# of a real array np.real returns the array itself and np.imag a zero array of its own; of a Python
# complex they return plain numbers.
import numpy as np
c = (np.arange(6) + 1j * np.arange(6)).reshape(2, 3)
r = np.real(c.T)
i = np.imag(c[:, ::2])
i[0, 0] = 7
x = np.arange(3.0)
rx = np.real(x)
rx is x
ix = np.imag(x)
ix.flags.writeable
n = np.real(3 + 4j)
