# numpy: >=2
# matmul_dot: np.dot without BLAS (integers) walks both operands with NumPy's old iterators, which take 32
# dimensions at most: a 1-d operand against a 34-d one is a RuntimeError even though the result would fit.
import numpy as np
a = np.ones(2, dtype=np.int64)
b = np.ones((1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1),
            dtype=np.int64)
np.dot(a, b)
c = np.ones((1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1),
            dtype=np.int64)
np.dot(a, c).shape
