# accumulate: out= arrays whose shape is not the input's. Without an outer iterator (a 1-D input of out's dtype,
# aligned, apart from out) NumPy returns at once for an empty axis or an empty out, whatever out's shape, and
# otherwise asks for the input's exact shape ("provided out is the wrong size for the accumulation"). With one (n-d,
# a cast, an overlap) it maps the input's axes onto out's first ones: extra axes of out are never walked (out[..., 0]
# is written), the input broadcasts along its length-1 axes except the accumulated one (whose length stays the
# input's: only that many rows of out are written), and a length-1 axis of out is refused with a message that lists
# the remapped shape backwards. Found by the property test (NumPy 1.24, seed 313: cumsum(axis=32, out=) of an empty
# array into a 4-D empty out). Errors: cumsum_errors.py.
import numpy as np
v1 = np.zeros((0, 0, 0, 0))
r = v1.cumsum(out=v1)
a = np.zeros((0, 0)).cumsum(out=np.zeros((0, 5)))
b = np.zeros((2, 3)).cumsum(out=np.zeros((6,)))
g = np.ones((2, 3)).cumsum(axis=0, out=np.zeros((2, 3, 4)))
h = np.ones(3).cumsum(dtype='i2', out=np.zeros((3, 1), 'i2'))
k = np.ones(0).cumsum(out=np.zeros((2, 5)))
m = np.ones(3).cumsum(out=np.zeros((0, 4)))
o1 = np.zeros((2, 3))
p1 = np.ones((1, 3)).cumsum(axis=0, out=o1)
o2 = np.zeros((2, 3))
p2 = (np.arange(2.) + 1).reshape(2, 1).cumsum(axis=1, out=o2)
o3 = np.zeros((2, 3))
p3 = np.ones((2, 1)).cumprod(axis=0, out=o3)
c = np.zeros((2, 3)).cumsum(out=np.zeros((3, 2)))
d = np.ones((2, 3)).cumsum(axis=0, out=np.zeros((2,)))
e = np.ones((2, 3)).cumsum(axis=0, out=np.zeros((1, 3)))
f = np.ones((2, 3)).cumsum(axis=0, out=np.zeros((2, 1, 5)))
q = np.ones(3).cumsum(dtype='i2', out=np.zeros((1,), 'i2'))
s = np.ones((2, 3, 4)).cumsum(axis=0, out=np.zeros((2, 3)))
