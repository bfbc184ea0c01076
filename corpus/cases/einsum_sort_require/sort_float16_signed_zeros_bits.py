# sort: zeros of both signs compare equal, so only a uint16 view of the sorted memory shows their order:
# NumPy 2's float16 sort puts -0.0 first (it orders by the bits), NumPy 1.24's short-lane sort keeps them in place.
import numpy as np
zh = np.array([0.0, -1.0, -0.0, 0.0, -0.0, 2.0, 0.0], dtype=np.float16)
bits = zh.view(np.uint16)
zh.sort()
bits
s = np.sort(np.array([-0.0, 0.0, 0.0, -0.0, 0.0], dtype=np.float16))
s.view(np.uint16)
c = np.array([[0.0, -0.0], [-0.0, 0.0]], dtype=np.float16)
c.sort(axis=0)
c.view(np.uint16)
