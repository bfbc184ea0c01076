# split: an unequal division is ValueError, zero sections ZeroDivisionError in np.split and ValueError in
# np.array_split, an axis outside the shape IndexError; a list input works in array_split but np.split
# with a count needs its .shape (AttributeError).
import numpy as np
a = np.arange(6)
# expect: ValueError
np.split(a, 4)
# expect: ZeroDivisionError
np.split(a, 0)
# expect: ValueError
np.array_split(a, 0)
# expect: ValueError
np.array_split(a, -1)
# expect: IndexError
np.split(a, 2, axis=1)
l = np.array_split([1, 2, 3], 2)
# expect: AttributeError
np.split([1, 2, 3, 4], 2)
m = np.split([[1, 2], [3, 4]], [1])
