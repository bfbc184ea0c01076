# A unary ufunc's dtype= names its loop, whatever the input: np.negative of a bool is TypeError only when the
# loop is the bool one (no dtype=, or dtype=bool); with dtype=int8 the bool input is cast (safely) into the int8
# loop, and with casting='unsafe' even into uint8. Into out=, the loop's result is cast as the rule allows.
import numpy as np
m = np.array([True, False, True])
a = np.negative(m, dtype=np.int8)
b = np.negative(m, dtype=np.uint8, casting='unsafe')
c = np.negative(True, dtype=np.float64)
o = np.zeros((), dtype=np.int8)
d = np.negative(True, o, dtype='int8')
e = np.negative(m, dtype=bool)
f = np.negative(m)
g = np.positive(m[::-1], dtype=np.int16)
