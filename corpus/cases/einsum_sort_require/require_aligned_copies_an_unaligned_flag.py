# np.require(a, requirements='A') checks the ALIGNED flag like the others: an array whose flags.aligned was
# cleared comes back as an aligned copy; with the flag set, the array itself. Found by the property test (seed 812).
import numpy as np
a = np.arange(6.0)
b = np.require(a, requirements=['A', 'O'])
a.flags.aligned = False
c = np.require(a, requirements=['A', 'O'])
d = np.require(a, requirements='A')
e = np.require(a, requirements=['ALIGNED'])
f = np.require(a, requirements='O')
