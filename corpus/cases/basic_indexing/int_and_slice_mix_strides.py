# basic_indexing: mixing integers and slices drops the integer axes; the remaining strides come
# from the kept axes, with an offset into the buffer.
import numpy as np
x = np.arange(60).reshape(3, 4, 5)
a = x[1, :, 2]
b = x[:, 2, 1:4]
c = x[-1, ::2, ::-2]
a.strides
b.strides
c.strides
a
b
c
