# inplace: int array += 1.5 (and *= 2.0) cannot cast the float64 result back under same_kind:
# UFuncTypeError (a TypeError); the array is unchanged.
import numpy as np
a = np.arange(3)
# expect: UFuncTypeError
a += 1.5
a
# expect: TypeError
a *= 2.0
# expect: TypeError
a += np.arange(3, dtype=np.float32)
a
