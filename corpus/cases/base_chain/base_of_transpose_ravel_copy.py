# base_chain: x.T.ravel() copies too, but unlike reshape the ravel result owns its data
# (base None).
import numpy as np
x = np.arange(6).reshape(2, 3)
r = x.T.ravel()
r.base is None
r.flags.owndata
r
q = x.T.reshape(6)
q.base is None
q
