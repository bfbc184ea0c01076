# np.take's mode= goes through PyArray_ClipmodeConverter: a name or an int (0 clip, 1 wrap, 2 raise); a bool is
# not taken for an int there (TypeError "clipmode not understood"), nor is a float. Found by the mutation helper.
import numpy as np
a = np.arange(5) * 10
b = np.take(a, [1, 2], mode=True)
c = np.take(a, [7, 2], mode=False)
d = a.take([1], mode=1.0)
e = np.take(a, [7, 2], mode=1)
f = np.take(a, [7, 2], mode=0)
