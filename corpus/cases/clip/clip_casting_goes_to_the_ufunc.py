# clip: np.clip(a, lo, hi, out=, casting=) and a.clip(..., casting=) pass casting= on to the ufunc that runs (clip,
# minimum, maximum, or NumPy 2's positive with no bound). NumPy 1.24 retries a failing output cast with
# casting='unsafe' only where casting= was not given; with casting='same_kind' given it raises the ufunc's
# casting TypeError. The out= cast goes through NumPy's buffered write-back (NaN and large floats into uint32 by
# the run).
import numpy as np
s = np.full((3, 5), -1e20)
s[:, ::2] = np.nan
d = np.zeros((3, 5), dtype=np.uint32)
r1 = np.clip(s, -1e30, 1e30, out=d, casting='unsafe')
e = np.zeros((3, 5), dtype=np.int16)
r2 = np.clip(s, -1e30, None, out=e, casting='unsafe')
r3 = s.clip(None, 5.5, out=e, casting='unsafe')
f = np.zeros((3, 5), dtype=np.int64)
r4 = np.clip(s, 1.5, 2.5, out=f, casting='same_kind')
r5 = np.clip(s, 1.5, 2.5, out=f)
g = np.zeros(5, dtype=np.float32)
r6 = np.clip(np.arange(5.0), 1, 3, out=g, casting='same_kind')
r7 = np.clip(np.arange(5.0), 1, 3, out=g, casting='no')
i = np.arange(6, dtype=np.int8)
r8 = np.clip(i, 2, 4, casting='safe', out=np.zeros(6, dtype=np.int16))
