# stack: np.stack(out=) is ValueError on a read-only output and TypeError when the cast is not
# same_kind (float into int); no arrays, unequal shapes or a bad axis are ValueError.
import numpy as np
a = np.arange(3.0)
ro = np.zeros((2, 3))
ro.flags.writeable = False
# expect: ValueError
np.stack([a, a], out=ro)
io = np.zeros((2, 3), dtype=np.int32)
# expect: TypeError
np.stack([a, a], out=io)
io
# expect: ValueError
np.stack([])
# expect: ValueError
np.stack([a, a[:2]])
# expect: ValueError
np.stack([a, a], axis=2)
