# Seed 003 (copying arrays article), example "np.empty_like() - Pre-allocated Copy":
# destination = np.empty_like(source); destination[:] = source. The example is correct (the
# values are compared only after destination[:] = source has written all of them).
# The TLDR's wording "np.empty_like() allocates new memory then copies values" is WRONG:
# empty_like copies no values; the copy is the separate destination[:] = source step.
import numpy as np
source = np.array([34, 65, 11, 66, 80, 630, 50])
print("Source array:")
print(source)
destination = np.empty_like(source)
destination.dtype
destination.flags.owndata
np.shares_memory(destination, source)
destination[:] = source
print("Destination array:")
print(destination)
