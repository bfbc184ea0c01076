# creation: astype(casting=) and np.copyto(casting=) judge an array of one or more dimensions by its dtype alone,
# whatever its values: int64 to int8 is not 'safe' even when every element fits (TypeError). A 0-d array is
# judged by its value under NumPy 1.24 (value-based casting: np.array(1) fits in int8) and by its dtype under
# NumPy 2.
import numpy as np
a = np.arange(3)
# expect: TypeError
b = a.astype(np.int8, casting='safe')
c = np.array(1)
d = c.astype(np.int8, casting='safe')
e = np.zeros(3, np.int8)
# expect: TypeError
np.copyto(e, a, casting='safe')
np.copyto(e, c, casting='safe')
f = np.concatenate([np.zeros(2, np.int8), np.array([1])], casting='safe', dtype=np.int8)
