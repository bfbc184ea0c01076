# diagonal_flip: np.flip with an axis out of range raises AxisError (a ValueError).
import numpy as np
m = np.arange(4).reshape(2, 2)
# expect: AxisError
np.flip(m, axis=2)
m
np.flip(m, axis=0)
