# operators: at 16 x 16 and up an operand walking across the output's rows (b.T) is computed tile by tile, its
# tiles first copied into a dense buffer; every element must still be the one at its own position, also when the
# output has more rows than columns (d + c.T, 19 x 18; v + x.T, 256 x 16; into an out filled beforehand, so that
# an element the loop skipped cannot hold the right value by chance).
import numpy as np
a = np.arange(256.0).reshape(16, 16)
b = np.arange(256.0).reshape(16, 16) * 3
a + b.T
a.T - b
a.T + b.T
b.T < a
c = np.arange(342).reshape(18, 19)
d = np.arange(342).reshape(19, 18) * 2
c + d.T
c.T - d
d.T >= c
f = np.arange(400, dtype=np.float32).reshape(20, 20)
f + f.T
z = (np.arange(289) + 1j).reshape(17, 17)
z - z.T
a / b.T
a.T * (b + 1j)
np.arange(256, dtype=np.int32).reshape(16, 16) + b.T
w = np.zeros((16, 256))
v = np.arange(4096.0).reshape(256, 16)
w + v.T
w - v.T
d + c.T
x = np.arange(4096.0).reshape(16, 256) * 7
v + x.T
x.T - v
o = np.full((256, 16), -1.0)
np.add(v, x.T, out=o)
q = np.full((19, 18), -1)
np.subtract(d, c.T, out=q)
