# creation: a complex arange of three or more elements fills each part as its own progression from the first two
# elements (start and start + step): a start off the real axis keeps its imaginary part in every element, which
# grows by the step's.
import numpy as np
a = np.arange(1j, 5 + 5j, 1)
b = np.arange(0.5j, 1 + 7.5j, 1 + 1j)
c = np.arange(2 - 1j, 9 + 9j, 1 + 0.5j, dtype=np.complex64)
