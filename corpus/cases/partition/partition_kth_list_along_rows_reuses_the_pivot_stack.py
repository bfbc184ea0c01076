# partition: several kth along the rows of a 2-D array. NumPy's introselect keeps a stack of the pivots it
# placed, so a later kth starts between the nearest ones; the stack is emptied (not cleared) for each row, so
# the pivots a longer search left behind in an earlier row sit above the next row's top and must not be read.
# The arrangement of the other elements shows how each row was searched.
import numpy as np
x = (np.arange(120) * 37 % 101).reshape(3, 40)
y = np.partition(x, [5, 17, 30], axis=1)
z = x.copy()
z.partition([5, 17, 30])
w = (np.arange(300) * 53 % 97).reshape(3, 100)
v = np.partition(w, [2, 8, 15, 25], axis=1)
# A kth given twice, or one a longer search already placed as a pivot, is found on the stack and not searched again.
s = np.partition(x, [5, 5, 17, 17, 30], axis=1)
t = np.partition(w, [2, 8, 8, 15, 25, 25], axis=1)
