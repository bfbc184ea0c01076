# np.put / a.put in the default raise mode: an index equal to the size (or below minus the size) raises IndexError
# and writes nothing of that call's later indices; -size is the first element.
import numpy as np
a = np.arange(5)
a.put([5], 9)
a.put([0, 5], 9)
b = np.arange(6).reshape(2, 3)
np.put(b, [-7], 1)
np.put(b, [-6, 5], [10, 11])
