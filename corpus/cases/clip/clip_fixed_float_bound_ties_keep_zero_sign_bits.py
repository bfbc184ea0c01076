# clip: with both float bounds fixed, NumPy 2 keeps x on a tie (x < lo and x > hi are false), so -0.0 clipped
# to [0.0, 1.0] stays -0.0; NumPy 1.24 takes the bound. Values compare equal, so a uint64 view shows the bits.
import numpy as np
x = np.array([-0.0, 0.0, 0.5, -0.0])
np.clip(x, 0.0, 1.0).view(np.uint64)
np.clip(x, -1.0, -0.0).view(np.uint64)
np.clip(x.astype(np.float32), np.float32(0.0), np.float32(1.0)).view(np.uint32)
