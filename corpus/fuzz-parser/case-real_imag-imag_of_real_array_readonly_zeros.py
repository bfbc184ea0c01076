# real_imag: .imag of a non-complex array is a new read-only array of zeros of the same dtype that
# owns its data and shares nothing with the source; writes to it are ValueError.
import numpy as np
f = np.arange(3.0)
fi = f.imag
fi
fi.dtype
fi.flags.writeable
fi.flags.owndata
fi.base is None
np.shares_memory(fi, f)
# expect: ValueError
fi[0] = 1
a = np.arange(3, dtype=np.int16)
ai = a.imag
ai.dtype
