# Sizes must be integers (TypeError for floats, through operator.index); a negative N is ValueError for eye
# (zeros refuses negative dimensions) but an empty result for tri (its aranges are simply empty); eye takes only
# C or F order. A raising statement binds nothing.
import numpy as np
a = np.eye(-1)
b = np.eye(2.0)
c = np.eye(2, order='K')
d = np.tri(-1)
e = np.tri(2, -1)
f = np.identity(0)
g = np.eye(0, 3)
h = np.eye(np.int8(3), np.uint8(2))
