# metadata_assignment: `a.strides = s` changes a view's strides in place (identity and base kept,
# contiguity recomputed) when the new layout stays inside the memory of the base chain's owner, and is
# ValueError when it would reach outside; a wrong count is ValueError too.
import numpy as np
a = np.arange(12)
b = a[:4]
b.strides = (16,)
b.strides = (24,)
# expect: ValueError
b.strides = (32,)
c = a[4:6]
c.strides = (-32,)
# expect: ValueError
c.strides = (-40,)
# expect: ValueError
c.strides = (8, 8)
m = a.reshape(3, 4)
m.strides = (8, 24)
m.flags.c_contiguous
