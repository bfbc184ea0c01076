# partition: NaN sorts after every float, so with a list of kth (introselect under both versions) each NaN
# ends up past the numbers, and the kth positions hold the numbers they would in a sort.
import numpy as np
x = np.array([3.0, np.nan, -1.0, 7.0, np.nan, 0.5, 2.0, -4.0, np.nan, 1.0])
np.partition(x, [1, 4])
np.partition(x, [0, 6, 7])
np.partition(x.astype(np.float32), [2, 5])
x.partition([3, 8])
x
