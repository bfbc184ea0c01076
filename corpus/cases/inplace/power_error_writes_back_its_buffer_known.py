# inplace: `v **= -1` on integers raises ValueError ("Integers to negative integer powers are not allowed") from
# inside the loop. For a byte-swapped array NumPy's iterator runs the loop on a buffer (native order) and, when
# the loop fails, still writes that buffer back, unfinished: the array afterwards holds whatever the buffer held
# (heap bytes, different on every run; NumPy 1.24 and 2 alike). The engine raises before writing and leaves the
# array as it was. A known divergence (property test, NumPy 1.24 seed 43): the values NumPy leaves are not
# reproducible, so the fix would be to treat the array as holding uninitialised memory (docs/uninitialised-memory.md)
# after such an error, which the syntax-only rule there cannot decide.
import numpy as np
v = np.arange(2, dtype='>i2')
# expect: ValueError
v **= -1
