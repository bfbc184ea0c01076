# concatenate_copyto: np.concatenate(axis=None) checks each input's cast by its dtype, even under NumPy 1.24's
# value-based casting (which looks at the value of a 0-d input only): int64 arrays whose values all fit int8 still
# cannot go to int8 under 'safe' (TypeError), and can under 'same_kind'.
import numpy as np
a = np.array([1, 2])
b = np.array([3])
np.concatenate([a, b], axis=None, dtype=np.int8, casting='safe')
np.concatenate([b, a], axis=None, dtype=np.uint8, casting='safe')
c = np.concatenate([a, b], axis=None, dtype=np.int8, casting='same_kind')
d = np.concatenate([a.reshape(2, 1), b], axis=None, dtype=np.int16)
