# A ufunc's fresh output keeps its first input's descriptor object where the loop reads that input in the output's
# type (simple_legacy_resolve_descriptors): a comparison of a bool array whose descriptor is a new instance (a
# newbyteorder view) keeps it only in the bool loop (against True or a bool array); against an int, a float or a
# Python int beyond int64 (NumPy 1.24's uint64 loop) the result has the built-in bool descriptor, so np.asarray(r,
# dtype=bool) is r itself, not a view of it. The engine kept the descriptor for every comparison (property test,
# NumPy 1.24, seed 1377: v0 == 2 ** 63).
import numpy as np
a = np.array([True, False, True])
v0 = a.view(a.dtype.newbyteorder())
r = v0 == True
s = np.asarray(r, dtype=bool)
r = v0 == np.array([True, True, False])
s = np.asarray(r, dtype=bool)
r = v0 == 1
s = np.asarray(r, dtype=bool)
r = v0 < 2 ** 62
s = np.asarray(r, dtype=bool)
r = v0 == np.uint64(2 ** 63)
s = np.asarray(r, dtype=bool)
r = v0 < np.float32(1)
s = np.asarray(r, dtype=bool)
r = v0 == np.arange(3)
s = np.asarray(r, dtype=bool)
