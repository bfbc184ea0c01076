# Seed 002 claim: "during the assignment of x[[1, 2]] no view or copy is created as the
# assignment happens in-place". Correct: x keeps its identity and data; views of x see the write.
import numpy as np
x = np.arange(9).reshape(3, 3)
v = x[1:]
x2 = x
x[[1, 2]] = [[10, 11, 12], [13, 14, 15]]
x2 is x
v
x.flags.owndata
