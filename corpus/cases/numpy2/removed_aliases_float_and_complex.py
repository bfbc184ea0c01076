# NumPy 2.0 removed the aliases np.float_ and np.complex_ (AttributeError: nothing is created, names stay
# unbound); NumPy 1.24 has them as float64 and complex128, as dtypes and as scalar constructors.
import numpy as np
a = np.zeros(2, dtype=np.float_)
b = np.ones(2, dtype=np.complex_)
c = np.float_(1.5)
d = np.complex_(2)
f = np.arange(3.0)
g = f.astype(np.float_, copy=False)
g is f
