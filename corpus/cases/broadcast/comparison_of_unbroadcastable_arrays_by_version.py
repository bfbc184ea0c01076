# broadcast: == and != between arrays whose shapes cannot broadcast: NumPy 1.24's comparison "fails" (a
# DeprecationWarning) and Python falls back to identity, so == is False and != is True (plain Python bools);
# NumPy 2 raises ValueError. Arithmetic raises under both.
import numpy as np
a = np.arange(3)
b = np.arange(4)
a == b
a != b
np.zeros((2, 3)) == np.zeros((3, 2))
np.zeros((2, 3)) != np.zeros((3, 2))
a + b
