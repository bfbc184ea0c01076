# NumPy's map iterator takes at most NPY_MAXARGS operands (32 in NumPy 1.x, 64 in 2.x) and needs one for the
# result or the value, so an advanced index whose index arrays leave no subspace may hold at most
# NPY_MAXARGS - 1 of them: IndexError past that (NumPy 1.24 here, 32 arrays), fine in NumPy 2. One axis
# left to a slice (a subspace) or taken by an integer lifts the limit; one whole-array boolean mask never
# goes through the map iterator.
import numpy as np
a = np.zeros((1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2))
i = np.zeros(1, dtype=np.intp)
b = a[i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i]
a[i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i] = 5
c = a[i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i]
d = a[i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, 1]
a[i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i] = 7
m = a > 1
e = a[m]
