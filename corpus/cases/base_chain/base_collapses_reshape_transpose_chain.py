# base_chain: reshape -> transpose -> slice -> view all collapse to the owner.
import numpy as np
a = np.arange(12)
m = a.reshape(3, 4)
t = m.T
s = t[1:, ::2]
v = s.view()
m.base is a
t.base is a
s.base is a
v.base is a
s.strides
