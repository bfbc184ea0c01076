# diagonal_flip: np.diag of a 1-D array (or list) is a fresh C-ordered square matrix of the input's dtype
# that owns its memory and shares none with the input, for k = 0, above and below; an empty input too.
import numpy as np
v = np.arange(3, dtype=np.int16)[::-1]
m = np.diag(v)
up = np.diag(v, 2)
down = np.diag(v, -1)
np.shares_memory(m, v)
c = np.diag([1.5, 2j])
e = np.diag(np.zeros(0, dtype=np.uint8))
back = np.diag(m)
back.base is m
