# A bool view of uint8 memory can hold bytes other than 0 and 1: ~, abs() and & | ^ read any nonzero byte as
# True and write 0/1 into fresh arrays; the view itself still shares the bytes.
import numpy as np
u = np.array([0, 1, 2, 255], dtype=np.uint8)
v = u.view(np.bool_)
i = ~v
a = abs(v)
x = v & v[::-1]
y = v ^ np.array([True, True, False, False])
v |= np.array([False, True, True, False])
