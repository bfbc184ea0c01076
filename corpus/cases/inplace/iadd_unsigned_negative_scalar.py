# inplace: uint8 += -1 needs int16 (not same_kind to uint8): TypeError; uint8 -= 1 stays uint8 and
# wraps 0 -> 255; uint64 += -1 goes through float64: TypeError.
import numpy as np
u = np.arange(3, dtype=np.uint8)
# expect: TypeError
u += -1
u
u -= 1
u
w = np.arange(3, dtype=np.uint64)
# expect: TypeError
w += -1
w += 1
w
