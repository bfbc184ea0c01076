# numpy: >=2
# NumPy 2.4's astype(casting='same_value'): an unsafe cast that raises ValueError where an element's value does
# not survive it (0.1 into float32, 1.5 or NaN into an integer, 300 into int8, 2**53 + 1 into float64, a complex
# number with an imaginary part into a real type); a NaN stays a NaN in a float type, and anything may become a
# bool. copy=False with nothing to change returns the array itself. NumPy 2.4.6 checks nothing where either dtype is
# in swapped byte order (its wrapped cast leaves the check out), so 0.1 into '>i4' is 0.
import numpy as np
x = np.array([0.5, np.nan, np.inf, -0.0])
f = x.astype(np.float32, casting='same_value')
same = x.astype(np.float64, casting='same_value', copy=False)
ints = np.arange(6.).reshape(2, 3).T.astype(np.int8, casting='same_value', order='F')
flags = np.array([0.5, 3.0]).astype(bool, casting='same_value')
big = np.array([255, 3000000000]).astype(np.uint32, casting='same_value')
real = np.array([1 + 0j, 2 + 0j]).astype(np.float64, casting='same_value')
swapped = np.array([0.1, 2.5]).astype('>i4', casting='same_value')
from_swapped = np.array([0.1]).astype('>f8').astype(np.int8, casting='same_value')
# expect: ValueError
np.array([0.1]).astype(np.float32, casting='same_value')
# expect: ValueError
np.array([1.0, 1.5]).astype(np.int64, casting='same_value')
# expect: ValueError
np.array([np.nan]).astype(np.int8, casting='same_value')
# expect: ValueError
np.array([1, 300]).astype(np.int8, casting='same_value')
# expect: ValueError
np.array([2 ** 53 + 1]).astype(np.float64, casting='same_value')
# expect: ValueError
np.array([1 + 1j]).astype(np.float64, casting='same_value')
# expect: ValueError
np.array([-1.0]).astype(np.uint64, casting='same_value')
# Into float16 a complex number's imaginary part must be +0.0 bit for bit: -0.0 fails too (NumPy tests the half's
# bits; property test, NumPy 2, seed 1895), where float32, float64 and the integers take it.
neg = -np.arange(2, dtype=np.complex64)
f4 = neg.astype(np.float32, casting='same_value')
i1 = neg.astype(np.int8, casting='same_value')
# expect: ValueError
neg.astype(np.float16, casting='same_value')
