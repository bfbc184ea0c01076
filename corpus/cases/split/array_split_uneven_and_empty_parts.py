# split: np.array_split divides unevenly (the longer parts first), gives empty views for points past the
# end or out of order, and keeps negative strides of a reversed input in every part.
import numpy as np
a = np.arange(10)[::-1]
uneven = np.array_split(a, 3)
many = np.array_split(a, 12)
pts = np.array_split(a, [3, 20, 1, -2])
t = np.array_split(np.arange(6.0).reshape(2, 3).T, 2, axis=1)
one = np.array_split(a, [])
