# setitem: a fancy write takes a value with more dimensions than the indexing result when the extra leading ones
# hold nothing (their product is 1): a[[0, 1]] = ones((1, 1, 2)) writes two elements; a value whose trailing
# dimensions do not hold the result's elements is ValueError ("shape mismatch"), leaving a as it was.
import numpy as np
a = np.zeros(4)
a[[0, 1]] = np.ones((1, 1, 2))
b = np.zeros((3, 2))
b[[0, 2]] = np.arange(4.0).reshape(1, 2, 2)
c = np.zeros(4)
# expect: ValueError
c[[0, 1]] = np.ones((2, 1, 1))
