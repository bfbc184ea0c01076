# np.copyto(dst, python_int): NumPy 2.1 applies NEP 50 and the value must fit dst's dtype, so 300 into uint8
# raises OverflowError (nothing written) where NumPy 1.24 judged 300 same_kind-castable and wrote the wrapped
# value everywhere; -1 into uint8 is OverflowError in 2 but a casting TypeError in 1.24. 255 and True fit in
# both. Writes go through a view into its base. A list holding 300 becomes an int64 array, which is not
# same_kind castable to uint8: TypeError in both.
import numpy as np
u = np.zeros(6, dtype=np.uint8)
v = u[::2]
np.copyto(v, 300)
np.copyto(v, -1)
np.copyto(v, 255)
np.copyto(u[1::2], True)
np.copyto(u, [1, 2, 3, 4, 5, 300])
