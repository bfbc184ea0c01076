# sharing: .real and .imag of a complex array interleave: shares_memory False, may_share_memory True;
# each shares with the complex array.
import numpy as np
z = np.zeros(3, dtype=np.complex128)
r = z.real
i = z.imag
np.shares_memory(r, i)
np.may_share_memory(r, i)
np.shares_memory(r, z)
np.shares_memory(i, z[1:2])
np.shares_memory(r[1:], i[:1])
