# errors: np.arange with step 0 raises ZeroDivisionError; a bound name is not rebound.
import numpy as np
r = np.arange(3)
# expect: ZeroDivisionError
r = np.arange(0, 5, 0)
r
r.shape
