# numpy: >=2
# a @= b is matmul(a, b, out=a, axes=...) (NumPy 2): the ufunc checks out= first (read-only ValueError, then the
# result's cast to a's dtype, TypeError), and only then the axes it was given, whose AxisError NumPy reports as
# "inplace matrix multiplication requires ..." (ValueError): a 0-d a or a 1-d b fails there. Found by the property
# test (seed 730): a 0-d float64 array @= its complex64 view raised the ValueError in the engine.
import numpy as np
v1 = np.arange(1, dtype=float).reshape(())
v2 = v1.view('complex64')
# expect: TypeError
v1 @= v2
a = np.ones(3)
# expect: TypeError
a @= np.ones((3, 3), dtype=complex)
# expect: ValueError
a @= np.ones(3)
r = np.ones(())
r.flags.writeable = False
# expect: ValueError
r @= np.ones(3)
a @= np.eye(3)
a
