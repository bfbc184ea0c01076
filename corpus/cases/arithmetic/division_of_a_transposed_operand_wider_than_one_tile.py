# A transposed operand against a C-order one, in a loop whose runs the engine cuts into 32 x 32 tiles (division,
# float16 addition, complex products): 60 x 40 and 40 x 70 results span several tiles both ways, with ragged
# edges; every element is still its own inputs' quotient, sum or product.
import numpy as np
x = np.arange(2400.0).reshape(40, 60)
z = np.arange(2400.0).reshape(60, 40) + 1
q = x.T / z
h = np.arange(2800, dtype=np.float16).reshape(70, 40)
s = h.T + np.ones((40, 70), dtype=np.float16)
c = (np.arange(2800) * (1 + 2j)).reshape(70, 40)
p = c.T * np.full((40, 70), 1 - 1j)
