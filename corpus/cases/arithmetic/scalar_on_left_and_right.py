# arithmetic: Python scalars on either side broadcast over the array; subtraction order matters.
import numpy as np
a = np.arange(3)
1 - a
a - 1
2 * a
2.5 + a
1j * a
