# Seed 000 claim: "the copy function creates what we call a deep copy that has its own location
# in memory", here through the ndarray.copy method of a view. Correct: a copy of a view owns
# its data (base None), even though its source was itself a view.
import numpy as np
array_a = np.arange(6)
array_b = array_a[0:3]
array_c = array_b.copy()
array_c.flags.owndata
array_c.base is None
np.may_share_memory(array_c, array_a)
array_c[0] = 100
print(array_a)
