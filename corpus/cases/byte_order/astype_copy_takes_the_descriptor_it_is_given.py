# byte_order: a.astype(dtype) that copies gives the copy the descriptor it was asked for (array_astype hands its
# dtype to PyArray_NewLikeArray), not a's: np.int32 or 'int32' give the built-in singleton, a.dtype gives a's own.
# `+v` of a big-endian array is native int32 with a descriptor of its own (np.asarray(p, dtype='int32') is a view),
# its astype(np.int32) copy is the singleton again (np.asarray of it is the array itself). Found by the fuzzer
# (scripts/fuzz, NumPy 2, 2026-12-05): `v0.astype(np.int32, copy=True)` then `np.asarray(v0, dtype='int32')`.
import numpy as np
v1 = np.arange(4, dtype='>i4').reshape((2, 2), order='A')
v0 = np.einsum('ii->i', v1)
p = +v0
r1 = np.asarray(p, dtype='int32')
q = p.astype(np.int32, copy=True)
r2 = np.asarray(q, dtype='int32')
q2 = p.astype('int32')
r3 = np.asarray(q2, dtype='int32')
q3 = p.astype(p.dtype)
r4 = np.asarray(q3, dtype='int32')
r5 = np.asarray(q3, dtype=p.dtype)
q4 = v1.astype('>i4')
r6 = np.asarray(q4, dtype='>i4')
r7 = np.asarray(q4, dtype=q4.dtype)
q5 = p.astype(np.int32, copy=False)
r8 = np.asarray(q5, dtype='int32')
