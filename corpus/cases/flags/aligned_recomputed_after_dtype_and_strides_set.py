# flags: NumPy works ALIGNED out again after `.dtype =` and `.strides =`, so an array stays aligned after
# them and one whose aligned flag was cleared by hand reads aligned again.
import numpy as np
a = np.arange(8.0)
a.dtype = np.int64
a.flags.aligned
a.flags.behaved
b = np.arange(8.0)
b.flags.aligned = False
b.flags.aligned
b.dtype = np.int32
b.flags.aligned
b.flags['A']
c = np.arange(6, dtype=np.int16)
d = c[:3]
d.flags.aligned = False
d.strides = (4,)
d.flags.aligned
