# creation: an empty row after a full one is ragged too. The empty sequence ends the dimensions where it stands
# (NumPy's discovery returns "one past this level" for it), so only the length mismatch with the first row can
# tell; np.array raises ValueError ("inhomogeneous shape after 1 dimensions") under both NumPys.
import numpy as np
# expect: ValueError
a = np.array([[1, 2], []])
# expect: ValueError
b = np.array([[[1, 2]], [[]]])
# expect: ValueError
c = np.array([[], [1]])
d = np.array([[], []])
