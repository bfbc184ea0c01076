# setitem: boolean-mask assignment with a scalar or with exactly as many values as True entries;
# the values fill the selected elements in C order.
import numpy as np
m = np.arange(6).reshape(2, 3)
m[m > 3] = 0
m
m[m == 0] = [10, 20, 30]
m
m[[True, False]] = -1
m
