# numpy: <2
# a.newbyteorder reads only the first character of its order: anything starting with S, B, L, N, I or their
# symbols is accepted ('bigfoot' is big); an empty or unknown order is a ValueError, a non-string a TypeError,
# and the array is untouched by every refusal.
import numpy as np
a = np.arange(4, dtype=np.int16)
b = a.newbyteorder('bigfoot')
c = a.newbyteorder('Swap')
d = a.newbyteorder('x')
e = a.newbyteorder('')
f = a.newbyteorder(1)
g = a.newbyteorder(None)
