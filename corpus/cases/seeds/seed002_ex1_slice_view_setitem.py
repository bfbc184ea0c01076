# Seed 002 (NumPy docs, Copies and views), example 1: y = x[1:3] "creates a view";
# x[1:3] = [10, 11] -> x [0 10 11 3 ...] and y [10 11]. Correct.
import numpy as np
x = np.arange(10)
x
y = x[1:3]
y
x[1:3] = [10, 11]
x
y
