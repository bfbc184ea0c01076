# take: from an empty axis NumPy refuses only a non-empty result; when another axis is empty too, mode='clip'
# has nothing to clip and returns an empty array, while mode='raise' still checks each position (IndexError).
import numpy as np
a = np.zeros((2, 0, 0))
np.take(a, [0], axis=1, mode='clip')
np.take(a, [0, 3], axis=1, mode='clip').shape
a.take([[1]], axis=1, mode='clip')
np.take(a, [0], axis=1, mode='raise')
np.take(a, [0], axis=1)
