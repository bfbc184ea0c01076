# setitem: with an advanced index NumPy checks the index itself first (index types, boolean shapes, plain
# integer bounds: prepare_index and the basic view), then converts the value to the array's dtype, and only
# then broadcasts the index arrays and checks their bounds (the map iterator). So a value that cannot be
# converted wins over index arrays that do not broadcast or are out of bounds. Found by the property test.
import numpy as np
a = np.arange(4).reshape((1, 4))
# expect: TypeError
a[[False], [True, True, True, True]] = 1j
# expect: TypeError
a[[0, 0], [0, 1, 2]] = 1j
# expect: TypeError
a[[5]] = 1j
# expect: IndexError
a[[[True, False]]] = 1j
# expect: IndexError
a[3, [0]] = 1j
# expect: IndexError
a[[0, 0], [0, 1, 2]] = 7
# expect: IndexError
a[0, [9]] = 7
a
