# Every check of ufunc.at comes before its first write: a bad index, an out-of-bounds position (even after
# good ones), a b that does not broadcast strictly to the walk (setitem's dropping of leading length-1
# dimensions does not apply), a missing b, a loop that does not exist. The destination must be an array.
import numpy as np
a = np.arange(5)
np.add.at(a, [0, 1, 9], 1)
np.add.at(a, [0, 1], [1, 2, 3])
np.add.at(a, [0, 1], np.ones((1, 2)))
np.add.at(a, [0.5], 1)
np.add.at(a, [0])
np.left_shift.at(a, [0], 1.0)
np.add.at([1, 2, 3], [0], 1)
b = np.zeros(3, dtype=bool)
np.subtract.at(b, [0], True)
np.negative.at(b, [1])
c = np.zeros((2, 3))
np.add.at(c, ([0, 0], slice(None)), [1, 2])
np.add.at(c, 2, 1)
# Two faults at once: NumPy 2 resolves the loop first (TypeError: no bitwise_xor for floats), NumPy 1.24
# prepares the index first (IndexError: too many indices); found by the property test.
f = np.arange(2.0)
np.bitwise_xor.at(f, ([True, True], [2]), f)
np.left_shift.at(f, [5], 1)
# With a basic item before the index arrays NumPy reshapes b to the walk's dimensions to move its axes; NumPy 1.24
# resolves the loop after that, so a 0-d b no longer counts by value: uint64 ^ 0 has no loop there (TypeError),
# while NumPy 2 resolved first, with 0 a weak Python int (property test, seed 612).
u = np.arange(4, dtype=np.uint64).reshape(2, 2)
np.bitwise_xor.at(u, (slice(None), []), 0)
np.bitwise_xor.at(u, (slice(None), [1]), 3)
np.bitwise_xor.at(u, [1], 3)
