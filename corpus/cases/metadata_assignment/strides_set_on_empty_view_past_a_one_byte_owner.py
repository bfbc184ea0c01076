# metadata_assignment: `a.strides =` checks the new strides against the owner's bytes (one here) less the view's
# offset; only an owner of no bytes at all falls back to "the bytes the view's own shape needs". So an empty view
# past the end of a one-byte owner takes any strides, and a broadcast view of three elements over that byte only
# strides that stay on it, as NumPy.
import numpy as np
o = np.zeros(1, np.int8)
a = o[1:]
a.strides = (1,)
a.strides = (7,)
e = np.zeros(0, np.int8)
b = e[:]
b.strides = (5,)
# A broadcast view of three elements over that one byte: its strides may only reach the one byte there is.
c = np.broadcast_to(o, (3,))
c.strides = (0,)
# expect: ValueError
c.strides = (1,)
