# np.block's checks: lists nested to different depths, an empty list, a tuple where a list must be, shapes that
# do not line up along an axis.
import numpy as np
a = np.arange(4).reshape(2, 2)
np.block([[a], a])
np.block([a, [a]])
np.block([])
np.block([[a], []])
np.block((a, a))
np.block([[a, a], (a, a)])
np.block([a, np.ones(3)])
np.block([[a], [np.ones((1, 3))]])
