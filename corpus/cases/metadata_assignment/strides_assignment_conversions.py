# metadata_assignment: `a.strides =` takes one int or a sequence of ints; None or a float is TypeError;
# zero strides are allowed (a broadcast-like view); empty arrays accept any strides.
import numpy as np
a = np.arange(6.0)
v = a.view()
v.strides = 8
v.strides = [0]
v[0] = 3
# expect: TypeError
v.strides = None
# expect: TypeError
v.strides = (8.0,)
e = np.zeros((0, 3))
e.strides = (100, -7)
s = np.arange(3)[1]
# expect: AttributeError
s.strides = (8,)
