# setitem: NumPy's prepare_index reads a 0-d integer array in an index as the integer it holds, so an index of
# one integer or 0-d integer array per dimension takes the same one-element path as plain integers: the value
# is packed into that element (PyArray_Pack), not broadcast. A bool element takes the truth of a list there
# (NumPy 2 and 1.24 both write True), an int element refuses it (NumPy 2: TypeError from int(); NumPy 1.24:
# ValueError "setting an array element with a sequence."). A 0-d bool array is a mask, not an integer: it
# broadcasts. Found by a probe of 0-d arrays mixed with slices (the engine had refused the list for bool).
import numpy as np
a = np.zeros((2, 3), dtype=np.bool_)
a[np.array(1), 0] = [1, 2]
a[0, np.array(-1, dtype=np.uint8)] = [0]
a[np.array(0), np.array(1)] = [[1], [2]]
a[np.array(1), np.array(2)] = ()
i = np.zeros((2, 3), dtype=np.int16)
i[np.array(1), np.array(-1)] = [1, 2]
i[np.array(1), np.array(-1)] = np.array([7])
i[np.array(1, dtype=np.uint64), 0] = np.float32(2.5)
i[np.array(0), 1] = [5]
i[np.array(5), 1] = [5]
m = np.zeros((2, 2), dtype=np.bool_)
m[np.array(True), 1] = [1, 0]
m[np.array(1), np.array(True)] = [1]
