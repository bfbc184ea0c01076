# flags: a reversed view has negative strides and is neither C- nor F-contiguous, though it is
# not a copy; reversing twice gives back a contiguous view of the same owner.
import numpy as np
a = np.arange(6)
r = a[::-1]
r.strides
r.flags.c_contiguous
r.flags.f_contiguous
rr = r[::-1]
rr.strides
rr.flags.c_contiguous
rr.base is a
