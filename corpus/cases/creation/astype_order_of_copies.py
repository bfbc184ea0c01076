# The copy astype makes: order='K' follows a's strides (a transposed or flipped view keeps its stride order,
# negative strides become positive), 'C' and 'F' force a layout, 'A' is F only for an F-contiguous, non
# C-contiguous a. The copy owns its memory and shares none with a; writes to it leave a alone.
import numpy as np
a = np.arange(24, dtype=np.int16).reshape(2, 3, 4).transpose(2, 0, 1)[::-1]
b = a.astype(np.int32, order='K')
c = a.astype(np.int32, order='A')
d = np.asfortranarray(a).astype(np.int8, order='A', casting='same_kind')
e = a[:, 0].astype(np.float64, order='F')
b[0, 0, 0] = -1
