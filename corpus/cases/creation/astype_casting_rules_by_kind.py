# astype's casting rules by kind: 'no' and 'equiv' allow only the same dtype here (native byte order), 'safe' only
# widening within or across kinds (int -> float64, not int64 -> float32), 'same_kind' any narrowing within a kind
# but no unsigned from signed, float from complex or bool from any integer, 'unsafe' everything. A refused cast
# raises before any copy, leaving every name bound as it was. NumPy 1.24 judges a 0-d array by its value
# (value-based casting), NumPy 2 by its dtype.
import numpy as np
x = np.array([1.5, -2.5, 3.0], dtype=np.float32)
y = x.astype(np.float64, casting='safe')
z = x.astype(np.float16, casting='safe')
w = x.astype(np.float16, casting='same_kind')
v = x.astype(np.int64, casting='same_kind')
u = x.astype(np.complex64, casting='equiv')
t = x.astype(np.complex64, casting='safe')
s = t.astype(np.float32, casting='same_kind')
r = np.array([True, False]).astype(np.int8, casting='safe')
q = np.arange(3, dtype=np.int8).astype(bool, casting='same_kind')
q1 = np.arange(3, dtype=np.uint8).astype(bool, casting="same_kind")
q2 = np.array([True, False]).astype(np.uint8, casting="same_kind")
p = np.arange(3, dtype=np.int8).astype(np.uint64, casting='safe')
z = np.array(-3).astype(np.int8, casting='no')
y0 = np.array(300).astype(np.uint16, casting='safe')
