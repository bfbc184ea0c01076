# scalars: a NumPy scalar's .shape cannot be assigned (AttributeError) and its writeable flag cannot
# be set (ValueError); the scalar is unchanged.
import numpy as np
s = np.float32(2.5)
# expect: AttributeError
s.shape = (1,)
# expect: ValueError
s.flags.writeable = True
s
s.shape
