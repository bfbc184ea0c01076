# matmul_dot: np.dot with a 0-d float operand first or last scales every element of the other (BLAS's path for
# float types); np.matmul of a stack whose stack axes are transposed lays its result's stack out in the same
# order (order K over the stack dimensions): strides (32, 96, 16, 8) for a (3, 2) stack of 2 x 2 float64 results.
import numpy as np
m = np.arange(6.0).reshape(2, 3)
p = np.dot(np.float64(2.0), m)
q = np.dot(2.0, m[:, ::2])
r = np.dot(np.arange(4.0), 3.0)
t = np.ones((2, 3, 2, 2)).transpose(1, 0, 2, 3) @ np.ones((2, 2))
u = np.matmul(np.arange(24.0).reshape(2, 3, 2, 2).transpose(1, 0, 2, 3), np.eye(2))
