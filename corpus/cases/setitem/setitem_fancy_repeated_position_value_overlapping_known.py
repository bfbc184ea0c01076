# setitem: a fancy write of whole rows (a 1 x 2 float32 view of one int64, its only row selected twice) whose value
# is the int64 array the view was made of, so each written element changes the value. NumPy 1.24 does not copy the
# overlapping value and casts it element by element as it writes (each element reads the value as the previous
# write left it: 0xde460400 in both halves at the end); the engine casts the value once per selected row (both
# halves from the same read: 0xde7f0000). An expected divergence under NumPy 1.24 (property test, seed 31); NumPy 2
# copies an overlapping value first, and the engine matches it.
import numpy as np
v0 = np.array([[-3]], order='C')
v1 = v0.view('float32')
v1[None, [[-1], [-1]]] = v0
