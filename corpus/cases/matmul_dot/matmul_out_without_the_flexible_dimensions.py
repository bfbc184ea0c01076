# np.matmul's signature (n?,k),(k,m?)->(n?,m?): an out with fewer dimensions than the result's core makes n?, then
# m?, missing for every operand (NumPy's _validate_num_dims), so a 0-d out takes the product of 1 x 1 matrices and a
# 1-d out that of a row and a column; where a dimension made missing is longer than 1 the call raises ValueError
# (a reduction the iterator refuses, or a core mismatch) and writes nothing (property test, NumPy 1.24, seed 104).
import numpy as np
o0 = np.zeros(())
o1 = np.zeros((1,))
one = np.array([[-3]], dtype='>i2')
np.matmul(one, one, out=o0)
np.matmul(np.ones((1, 2)), np.arange(2.0).reshape(2, 1), out=o1)
np.matmul(np.ones((1, 1)), np.ones((1, 1)), out=np.zeros((1, 1, 1)))
np.matmul(np.ones((2, 1)), np.ones((1, 1)), out=o0)
np.matmul(np.ones((2, 1)), np.ones((1, 1)), out=np.zeros((2,)))
np.matmul(np.ones((3, 1, 1)), np.ones((1, 1)), out=np.zeros((3,)))
np.matmul(np.ones((3, 1, 1)), np.ones((1, 1)), out=o0)
np.matmul(np.ones((2, 3)), np.ones(3), out=np.zeros((2, 1)))
np.matmul(np.ones(1), np.ones((1, 1)), out=o0)
np.matmul(np.ones((2, 2)), np.ones((2, 2)), out=o1)
