# einsum_sort_require: einsum subscripts must match the operand: too few or too many labels, a repeated
# label over axes of different lengths, an output label not in the input are ValueError; a read-only
# operand gives a read-only view.
import numpy as np
a = np.arange(6).reshape(2, 3)
# expect: ValueError
np.einsum('i->i', a)
# expect: ValueError
np.einsum('ijk->i', a)
# expect: ValueError
np.einsum('ii->i', a)
# expect: ValueError
np.einsum('ij->k', a)
b = np.broadcast_to(np.arange(3), (3, 3))
v = np.einsum('ii->i', b)
v.flags.writeable
