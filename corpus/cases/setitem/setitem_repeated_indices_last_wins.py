# setitem: repeated indices in an integer-array assignment: the last value for an index wins.
import numpy as np
x = np.arange(6)
x[[0, 0, 1]] = [7, 8, 9]
x
y = np.zeros(3)
y[[2, 2, 2]] = [1.0, 2.0, 3.0]
y
