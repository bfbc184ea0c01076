# NumPy refuses the bool loop of subtract however it is reached: found from bool operands, or asked for with
# dtype='bool' (also with an out= and for a Python int operand); another dtype= runs (property test, NumPy 1.24,
# seed 102). A refused call writes nothing into its out.
import numpy as np
b = np.array([True, False, True])
out = np.zeros(3, dtype=bool)
np.subtract(b, b, dtype='bool')
np.subtract(b, b, out, dtype='bool')
np.subtract(b, b, out=out)
np.subtract(1, b, dtype='bool')
d = np.subtract(b, b, dtype='int8')
