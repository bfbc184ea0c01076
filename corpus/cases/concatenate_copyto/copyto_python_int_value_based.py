# concatenate_copyto: a Python int scalar source is judged by value: copyto(int8 array, 300) is
# allowed (int16 -> int8 is same_kind) and wraps to 44, but copyto(uint8 array, -1) is TypeError
# (a negative value needs a signed type).
import numpy as np
i8 = np.zeros(2, dtype=np.int8)
np.copyto(i8, 300)
i8
u = np.zeros(3, dtype=np.uint8)
# expect: TypeError
np.copyto(u, -1)
np.copyto(u, 2)
u
np.copyto(u, np.int8(3))
u
