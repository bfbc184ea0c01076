# concatenate_copyto: np.concatenate(out=o) returns o itself, writes each input into its window (an
# input overlapping o is read as it stands when its turn comes), and checks o's shape (ValueError).
import numpy as np
x = np.arange(6.0)
r = np.concatenate([x[3:], x[:3]], out=x)
r is x
o = np.zeros((2, 4), dtype=np.float32)
r2 = np.concatenate([np.ones((2, 1)), np.arange(6.0).reshape(2, 3)], axis=1, out=o)
r2 is o
# expect: ValueError
np.concatenate([x, x], out=np.zeros(5))
# expect: ValueError
np.concatenate([x, x], out=np.zeros((2, 6)))
# expect: TypeError
np.concatenate([x, x], out=[0] * 12)
