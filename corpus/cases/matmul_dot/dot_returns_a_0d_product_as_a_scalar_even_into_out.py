# np.dot hands its product to PyArray_Return: a 0-d product comes back as a NumPy scalar, also when it was written
# into out= (the result is not out; out holds the value), under both NumPys. With a 0-d integer or bool operand
# NumPy 2 runs np.multiply(a, b, out), while NumPy 1.24 multiplies a * b and leaves out= alone, neither checked
# nor written: its result is a fresh array, or a scalar.
import numpy as np
o = np.zeros(())
r = np.dot(np.arange(3.), np.arange(3.), out=o)
blas_scalars = np.dot(np.array(2.0), np.array(1.5), out=o)
i = np.zeros((), dtype=int)
s = np.dot(np.arange(3), np.arange(4, 7), out=i)
t = np.dot(np.array(2), np.array(3), out=i)
python_int = np.dot(np.array(True), 5, out=i)
row = np.zeros(3, dtype=int)
u = np.dot(np.array(2), np.arange(3), out=row)
v = np.dot(np.arange(3), 4, out=row)
floats = np.zeros(3)
w = np.dot(np.array(2), np.arange(3), out=floats)
