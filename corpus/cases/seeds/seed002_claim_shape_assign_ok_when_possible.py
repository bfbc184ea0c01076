# Seed 002 claim (converse of the z.shape = 6 example): assigning to .shape works in place when
# no copy is needed. Correct: the object keeps its identity and still shares x's memory.
import numpy as np
x = np.ones((2, 3))
z = x.view()
z2 = z
z.shape = 6
z2 is z
z.shape
z.base is x
z.shape = (3, -1)
z.strides
