# Comparisons with a Python int the array's dtype cannot hold are allowed in NumPy 2 (special-cased by NEP 50
# rather than raising OverflowError as arithmetic does) and answer by value: uint8 < -1 and == 1000 are all False,
# != 1000 all True, int8 > 300 all False. NumPy 1.24 promoted by value and gives the same answers; the result is a
# new bool array under both.
import numpy as np
u = np.array([0, 255], dtype=np.uint8)
i = np.array([-128, 127], dtype=np.int8)
a = u < -1
b = u == 1000
c = u != 1000
d = i > 300
e = i <= -129
f = np.uint8(3) < -1
g = u + -1
