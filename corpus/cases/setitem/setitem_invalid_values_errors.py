# setitem: invalid scalar values: NaN into an int array is ValueError, inf is OverflowError, a
# Python complex into a float array is TypeError, None into int TypeError; nothing is written.
import numpy as np
i = np.arange(3)
f = np.zeros(2)
# expect: ValueError
i[0] = np.nan
# expect: OverflowError
i[1] = np.inf
# expect: TypeError
f[0] = 1 + 2j
# expect: TypeError
i[2] = None
i
f
