# operators: a float array to a scalar power. NumPy 1.24's fast_scalar_power turns the exponents 1, -1, 0, 0.5
# and 2 into positive, reciprocal, ones, sqrt and square; NumPy 2 only the Python int 2 and -1 and the float 0.5;
# other exponents go through power (whose SIMD pow may round otherwise, so none here). The values, and that each
# result is a new array, are the same either way. Found by the mutation helper (ufunc.cpp: a float base to any
# exponent taken for positive).
import numpy as np
f = np.linspace(0.5, 2.0, 4)
g = f ** 2
k = f ** 1
m = f ** -1
n = f ** 0.5
p = f ** 0
