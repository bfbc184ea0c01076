# Up to 2 * 512 * 512 (list depth times the elements) np.block concatenates level by level, so the result has
# np.concatenate's layout; above it NumPy fills slices of one np.empty, in F order only when every leaf is F-
# and not every leaf C-contiguous. (NumPy's comment beside the test says the opposite; the code decides.) At
# exactly the limit (two 256 x 512 leaves, F-ordered but not contiguous) it still concatenates, keeping their F
# order; one row more and the slices give C order.
import numpy as np
f = np.asfortranarray(np.ones((300, 500)))
c = np.ones((300, 500))
big = np.block([[f], [f]])
mixed = np.block([[f], [c]])
small = np.block([[f[:10]], [f[:10]]])
small_mixed = np.block([[f[:10]], [c[:10]]])
g = np.asfortranarray(np.ones((512, 512)))[::2]
at_limit = np.block([[g], [g]])
past_limit = np.block([[g], [g], [g[:1]]])
