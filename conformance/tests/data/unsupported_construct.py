# Not a corpus case: the conformance binary must fail this one at parse time, before anything runs.
import numpy as np
a = np.arange(3)
b = sorted(a)
