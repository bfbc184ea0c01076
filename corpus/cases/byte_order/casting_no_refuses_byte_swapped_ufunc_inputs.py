# byte_order: a ufunc's loops are native, so a byte-swapped input is cast into one (an 'equiv' cast, a byte swap),
# which casting='no' refuses with TypeError whatever the out= (a 31-dimensional case came from the property test,
# seed 38); 'equiv' allows it. Type resolution itself sees the native dtype, so the loop is the same either way.
import numpy as np
a = np.zeros(2, '>i2')
o = np.zeros(2, np.int16)
f = np.arange(3.0, dtype='>f8')
# expect: TypeError
np.add(a, a, casting='no')
# expect: TypeError
np.add(a, -3, out=o, casting='no')
# expect: TypeError
np.negative(f, casting='no')
# expect: TypeError
np.multiply(f, np.float64(2.0), out=f, casting='no')
b = np.add(a, a, casting='equiv')
np.add(a, np.int16(1), out=o, casting='equiv')
c = np.negative(f, casting='equiv')
