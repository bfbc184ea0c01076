# setitem: a fancy write of whole rows (a 1 x 2 float32 view of one int64, its only row selected twice) whose value
# is the int64 array the view was made of, so each written element changes the value. NumPy 1.24 does not copy the
# overlapping value and casts it with its transfer function element by element as it writes (int64 -> float32 is not
# a pair its compiled loop reads ahead for): each element reads the value as the previous write left it, 0xde460400 in
# both halves at the end. NumPy 2 copies an overlapping value first. Found by the property test (NumPy 1.24, seed 31);
# a known divergence until 2026-12-06, when the engine cast such a value once per row (0xde7f0000).
import numpy as np
v0 = np.array([[-3]], order='C')
v1 = v0.view('float32')
v1[None, [[-1], [-1]]] = v0
