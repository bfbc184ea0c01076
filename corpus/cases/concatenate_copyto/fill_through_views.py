# concatenate_copyto: fill on a view writes only the viewed elements of the owner; fill on a copy
# leaves the owner alone; fill returns None.
import numpy as np
m = np.zeros((3, 3), dtype=np.int32)
m[1].fill(5)
m[:, ::2].fill(-1)
m
c = m.copy()
c.fill(0)
m
m.T[0].fill(8)
m
