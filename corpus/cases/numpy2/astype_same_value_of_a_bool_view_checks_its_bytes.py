# numpy: >=2
# NumPy 2.4's same_value check casts each value back and compares it with the source element itself: a bool's
# byte other than 0 or 1 (a bool view of other memory) comes back as 1 and fails into every integer, float and
# complex type (ValueError "could not cast 'same_value' bool to ..."), except float16, whose round trip is the
# byte itself, and a swapped-order destination, whose wrapped cast checks nothing. Bytes 0 and 1 pass everywhere.
import numpy as np
raw = np.array([0, 1, 2, 255], dtype=np.uint8)
flags = raw.view(np.bool_)
clean = flags[:2].astype(np.int32, casting='same_value')
half = flags.astype(np.float16, casting='same_value')
swapped = flags.astype('>u4', casting='same_value')
same = flags.astype(np.bool_, casting='same_value')
# expect: ValueError
flags.astype(np.uint8, casting='same_value')
# expect: ValueError
flags[2:3].astype(np.float64, casting='same_value')
# expect: ValueError
flags[::-1].astype(np.complex64, casting='same_value', order='F')
