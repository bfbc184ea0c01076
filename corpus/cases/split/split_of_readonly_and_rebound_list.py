# split: parts of a read-only or broadcast input are read-only views; rebinding a list item changes what
# the list holds; a part taken out of the list keeps its identity.
import numpy as np
b = np.broadcast_to(np.arange(3), (4, 3))
parts = np.split(b, 2)
parts[0].flags.writeable
p0 = parts[0]
parts[0] = np.zeros(2)
p0 is parts[0]
q = np.array_split(np.arange(5), 2)[1]
q.base
