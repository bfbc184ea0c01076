# Known divergence (both NumPys; listed in both expectation files). Which NaN a float min/max reduction returns:
# NumPy's vectorised reduction answers a positive quiet NaN for 12 elements and more (and for max from 2), where
# its scalar path passes on the input's NaN (here the negative one 0.0 // 0 makes); the engine always passes on
# the input's. Values compare NaN alike, so only a reinterpretation of the bits shows it. Found by the fuzzer
# (DIVERGENCE: values after .dtype =), the same family as the -0.0/0.0 tie in docs/oracles.md.
import numpy as np
a = np.ones(12)
a[6] = np.float64(0.0) // 0
m = a.min(keepdims=True)
m.dtype = np.uint64
