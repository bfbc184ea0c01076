# A ufunc whose out= overlaps an input gets a temporary copy of out that is written back at the end. Where out's own
# elements overlap each other (8-byte items one byte apart), the order of that write-back decides which bytes stay.
# Measured on both NumPys with random bytes: a 2-d out is written back in memory order (the engine's rule), but a
# 1-d out walking backwards is written in its own order, element 0 first (the engine: memory order, so element 0
# last). Which path NumPy takes for a 1-d operand (its trivial loop, or its buffered iterator for an unaligned one)
# is not modelled. Found by the property test (NumPy 1.24, seed 127).
import numpy as np
v0 = np.arange(4, dtype=float).reshape((2, 2), order='C')
v1 = np.ndarray((2,), dtype=float, buffer=v0, offset=8, strides=(1,), order='F')
r = v1.clip(-3, v1, out=v1[::-1])
