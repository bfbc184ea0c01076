# The truth value of an empty array (the case language has no bool() call; `not` asks the same question):
# NumPy 2.2 raises ValueError, NumPy 1.24 answered False (so `not` gives True) with a DeprecationWarning. A
# one-element array of any rank has a truth value in both, several elements are ValueError in both. Nothing is
# allocated or changed either way.
import numpy as np
e = np.array([])
a = not e
b = not np.zeros((0, 3))
c = not e.reshape(0, 1, 0)
d = not np.array([[0]])
f = not np.array([2.5])
g = not np.arange(3)
