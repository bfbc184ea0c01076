# basic_indexing: slices with large steps that select one element, or start past the end with a
# negative step, give length-1 views with the step-multiplied stride.
import numpy as np
a = np.arange(10, dtype=np.int16)
b = a[2::100]
c = a[100::-100]
d = a[-1:-2:-1]
b.strides
b.flags.c_contiguous
c
c.strides
d
