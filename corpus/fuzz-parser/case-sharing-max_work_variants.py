# sharing: max_work= for both functions: may_share_memory with max_work=1 solves exactly (False for
# interleaved slices); shares_memory with max_work=0 (bounds check only) cannot decide and raises
# TooHardError (a RuntimeError); max_work=1 and -1 solve exactly.
import numpy as np
a = np.arange(12)
e = a[::2]
o = a[1::2]
np.may_share_memory(e, o, max_work=1)
np.may_share_memory(e, o, max_work=0)
np.shares_memory(e, o, max_work=1)
np.shares_memory(e, o, max_work=-1)
np.shares_memory(e, o, max_work=100)
# expect: TooHardError
np.shares_memory(e, o, max_work=0)
e
