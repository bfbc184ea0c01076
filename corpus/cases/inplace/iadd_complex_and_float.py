# inplace: complex64 += 1.5 works; float64 += 1j is TypeError (complex result cannot go back to
# float under same_kind).
import numpy as np
c = np.zeros(2, dtype=np.complex64)
c += 1.5
c *= 2j
c
f = np.arange(3.0)
# expect: TypeError
f += 1j
f
