# reshape: order='F' of a non-contiguous array with length-1 axes after the last real one: each such axis gets
# the last stride times the last length (the stride one step past the end in F order), C order the last stride.
import numpy as np
a = np.arange(12).reshape(3, 4)[:, ::2]
f = a.reshape((3, 2, 1), order='F')
g = a.reshape((3, 2, 1, 1), order='F')
h = a.reshape((6, 1), order='F')
c = a.reshape((3, 2, 1))
