# Seed 003 claim: "Unlike Python lists, arrays are stored in contiguous memory blocks". True for a
# fresh array, but a view's elements need not be contiguous: a stepped slice or a transpose is
# neither C- nor F-contiguous / is only F-contiguous.
import numpy as np
arr = np.array([1, 2, 3, 4, 5, 6])
arr.flags.c_contiguous
s = arr[::2]
s.flags.c_contiguous
s.flags.f_contiguous
m = arr.reshape(2, 3).T
m.flags.c_contiguous
m.flags.f_contiguous
