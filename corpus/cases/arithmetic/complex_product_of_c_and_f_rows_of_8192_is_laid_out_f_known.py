# Known divergence (both NumPys; corpus/expected-divergences/): the result layout of a complex product of a C- and an
# F-ordered operand. NumPy gives rows of fewer than 8,192 elements C order, and rows of 8,192 or more (NumPy's buffer)
# F order (strides (16, 32)); float operands of the same shapes stay C. Found 2026-12-06 while measuring NumPy's
# buffered runs; why the iterator turns the axes there is not known yet. The engine gives C order throughout.
import numpy as np
a = np.ones((2, 4097), dtype=complex)
small = a * a.copy(order='F')
b = np.ones((2, 8192), dtype=complex)
large = b * b.copy(order='F')
