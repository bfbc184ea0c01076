# reductions: the reduction's result is laid out by the input's strides, where axes of length 1 have no say (their
# strides may be anything): the kept length-1 axis takes its place in C order, as its stride in the result shows.
import numpy as np
a = np.arange(24.0).reshape(2, 3, 4, 1).transpose(3, 0, 1, 2)
r1 = a.sum(axis=2)
r2 = a.sum(axis=1, keepdims=True)
b = np.arange(12.0).reshape(3, 4)[:, None, :].copy().transpose(2, 1, 0)
r3 = b.sum(axis=0)
r4 = b.max(axis=2, keepdims=True)
c = np.arange(24.0).reshape(4, 1, 6)[:, :, ::2]
r5 = c.min(axis=0)
