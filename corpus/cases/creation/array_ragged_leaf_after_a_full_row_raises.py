# creation: a nested list whose first row already fixed the depth (two dimensions) and whose later item is a
# leaf one level higher (a number, a 0-d or 1-d array where a row should be) is ragged: np.array raises ValueError
# ("inhomogeneous shape after 1 dimensions") under both NumPys, as for rows of different lengths.
import numpy as np
# expect: ValueError
a = np.array([[1, 2], 3])
# expect: ValueError
b = np.array([np.zeros(2), 3.0])
# expect: ValueError
c = np.array([[1], np.array(2)])
# expect: ValueError
d = np.array([[[1, 2]], [3, 4]])
e = np.array([[1, 2], [3, 4]])
