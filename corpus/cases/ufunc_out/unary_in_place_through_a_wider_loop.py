# A unary ufunc written into its own input through a loop of a wider dtype (dtype=int64 on int8, float64 on
# float32): NumPy casts the input into the loop's dtype in its buffers and the result back under same_kind, so each
# element comes out as its own square or negative, in the array's own dtype.
import numpy as np
b = np.arange(-3, 5, dtype=np.int8)
np.square(b, out=b, dtype=np.int64)
f = np.linspace(0, 2, 7, dtype=np.float32)
np.negative(f, out=f, dtype=np.float64)
