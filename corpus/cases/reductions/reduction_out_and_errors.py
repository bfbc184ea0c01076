# out= of a reduction must have the result's number of dimensions and shape (ValueError otherwise); it is written
# with unsafe casting and returned as the same object, also when it is a view of the input itself.
import numpy as np
a = np.arange(12).reshape(3, 4)
o = np.zeros(4, dtype=np.int8)
r = a.sum(axis=0, out=o)
r is o
f = np.zeros((1, 4))
g = np.max(a * 1.5, axis=0, keepdims=True, out=f)
g is f
# expect: ValueError
a.sum(axis=0, out=np.zeros((1, 4)))
# expect: ValueError
a.min(axis=0, out=np.zeros(3))
a.sum(axis=1, out=a[:, 0])
a.any(axis=0, out=o)
q = a.mean(axis=0, out=o)
