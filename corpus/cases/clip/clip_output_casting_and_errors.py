# The clip ufunc's output cast: float bounds make an integer array clip in float64 (NumPy 2: weak Python floats
# still lift ints to float64), which an integer out refuses under same_kind (TypeError) on NumPy 2, while NumPy 1.24
# retries with casting='unsafe' and truncates. A read-only out, an out of another shape, bounds that do not broadcast
# and a bound above the other (the result is then the upper bound) also probe the ufunc's checks and leave the
# arrays as they were.
import numpy as np
a = np.arange(8)
o = np.zeros(8, dtype=np.int64)
r = np.clip(a, 1.5, 5.5, out=o)
q = np.clip(a, 1.5, 5.5)
ro = np.zeros(8)
ro.flags.writeable = False
np.clip(a, 1, 5, out=ro)
np.clip(a, 1, 5, out=np.zeros(4))
np.clip(a.reshape(2, 4), np.zeros(3), 5)
inverted = np.clip(a, 6, 2)
f32 = np.arange(4, dtype=np.float32)
p = np.clip(f32, np.float64(1.0), 2)
i8 = np.arange(4, dtype=np.int8)
m = np.clip(i8, np.int16(1), 2)
