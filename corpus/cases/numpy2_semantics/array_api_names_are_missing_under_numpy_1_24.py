# numpy: <2
# The array-API names NumPy 2 added (x.mT, np.matrix_transpose, np.permute_dims, np.unstack, np.concat, np.astype)
# do not exist in NumPy 1.24: AttributeError.
import numpy as np
x = np.arange(6.).reshape(2, 3)
# expect: AttributeError
x.mT
# expect: AttributeError
np.matrix_transpose(x)
# expect: AttributeError
np.permute_dims(x)
# expect: AttributeError
np.unstack(x)
# expect: AttributeError
np.concat([x, x])
# expect: AttributeError
np.astype(x, np.int8)
