# casting non-finite floats to uint64 follows the C conversion NumPy is compiled with:
# inf gives 0, nan and -inf give 2**63, -1.0 wraps. (Found by differential fuzzing.)
import numpy as np
f = np.array([np.inf, np.nan, -np.inf, -1.0, 1e30])
u = f.astype(np.uint64)
u
g = np.full_like(np.zeros(2, dtype=np.uint64), np.inf)
