# real_imag: .real and .imag of complex128 are float64 views with stride 16 (not contiguous), base
# = the complex array; they do not share elements with each other but their ranges overlap.
import numpy as np
z = np.array([1 + 2j, 3 - 4j])
r = z.real
i = z.imag
r.dtype
r.strides
i.strides
r.base is z
i.base is z
r.flags.c_contiguous
np.shares_memory(r, i)
np.may_share_memory(r, i)
