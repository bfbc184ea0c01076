# A unary ufunc's dtype= names its loop, whatever the input: np.negative of a bool is TypeError only when the
# loop is the bool one (no dtype=, or dtype=bool); with dtype=int8 the bool input is cast (safely) into the int8
# loop, and with casting='unsafe' even into uint8. Into out=, the loop's result is cast as the rule allows. The
# one input of a unary ufunc is never a weak Python number: np.negative(-3, dtype=np.uint8) casts int64 to uint8
# (TypeError under same_kind), where np.add(-3, 1, dtype=np.uint8) would take -3 as weak.
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
# expect: TypeError
h = np.negative(-3, dtype=np.uint8)
# expect: TypeError
k = np.positive(7, dtype=np.int8)
l = np.negative(2.5, dtype=np.float32)
