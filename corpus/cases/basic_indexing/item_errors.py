# basic_indexing: item() out of bounds raises IndexError; item() with no argument on a size > 1
# array raises ValueError; the array is unchanged.
import numpy as np
m = np.arange(6).reshape(2, 3)
# expect: IndexError
m.item(6)
# expect: ValueError
m.item()
# expect: IndexError
m.item(2, 0)
m
