# numpy: >=2
# a @= b is matmul(a, b, out=a, axes=...), and np.matmul(a, b): NumPy 2 converts a Python int operand to the
# loop's type (NEP 50) before it meets the axes or the core dimensions, so a negative int with a uint8 array is
# OverflowError even where those would be the ValueError (property test, seed 906); an int that fits gets the
# ValueError.
import numpy as np
v7 = np.arange(0, dtype='uint8').reshape((0, 0))
v7 @= -3
v7 @= 3
w = np.ones((2, 2), dtype=np.int8)
w @= 300
w @= np.ones((2, 2), dtype=np.int8)
# np.matmul itself too: the Python int is converted before the core dimensions are checked.
x = np.matmul(-3, v7, out=v7)
y = np.matmul(v7, 3)
