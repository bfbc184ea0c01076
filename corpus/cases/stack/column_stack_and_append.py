# stack: column_stack turns 1-D inputs into columns (strided ones too) before joining along axis 1;
# np.append ravels without an axis and always returns a fresh array, never a view of its input.
import numpy as np
c = np.column_stack([np.arange(3)[::2], np.arange(2)])
c2 = np.column_stack((np.arange(6.0).reshape(3, 2).T[0], np.arange(3)))
c3 = np.column_stack([np.ones((3, 2)), np.arange(3)])
t = np.arange(6).reshape(2, 3).T
ap = np.append(t, [1])
ap0 = np.append(np.asfortranarray(np.ones((2, 2))), np.ones((2, 2)), axis=0)
e = np.append(np.arange(3), [])
np.shares_memory(ap, t)
# expect: ValueError
np.append(np.ones((2, 2)), np.ones(2), axis=0)
