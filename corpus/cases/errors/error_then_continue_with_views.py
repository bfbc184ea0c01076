# errors: after a failing statement, the next statements run against the unchanged state: a failed
# reshape assignment leaves r bound to its old view; a later reshape works normally.
import numpy as np
a = np.arange(6)
r = a[:2]
# expect: ValueError
r = a.reshape(4)
r.base is a
r.shape
w = a.reshape(3, 2)
w.base is a
