# setitem: writing into the result of fancy indexing (a copy) does not reach the source, while
# writing through the fancy index itself does.
import numpy as np
a = np.arange(5)
c = a[[1, 2]]
c[:] = 0
a
a[[1, 2]] = 0
a
c
