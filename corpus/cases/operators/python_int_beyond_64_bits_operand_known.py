# numpy: <2
# operators: a Python int beyond int64 and uint64 as an operand. NumPy 1.24 makes an object array of the operation;
# the engine has numeric dtypes only, and raises NotImplementedError (a RuntimeError): a known divergence under
# NumPy 1.24. (NumPy 2 converts it as float() for a float or complex loop: the case beside this one.)
import numpy as np
f = np.arange(3.0)
g = f + 2 ** 70
