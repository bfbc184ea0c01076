# numpy: <2
# NumPy 1.24 checks a 0-d input's cast to the loop by its value when its dtype alone does not allow it
# (can_cast_scalar_to): np.min_scalar_type of an int64 beyond int32 is int64 itself, native, so casting='no' takes a
# byte-swapped 0-d int64 holding such a value; -3 needs only int8 and is refused, as is any swapped array with
# dimensions. The fuzzer found it (property test, NumPy 1.24, seed 891: np.array(-3).newbyteorder() holds
# -144115188075855876).
import numpy as np
v0 = np.array(-3)
v1 = v0.newbyteorder()
r0 = np.add(v0, v1, v0, casting='no')
r1 = np.add(v0, v1, casting='no')
w0 = np.array(-3)
w1 = np.array(-3, dtype='>i8')
r2 = np.add(w0, w1, casting='no')
x0 = np.array([-3])
x1 = np.array(-2 ** 40, dtype='>i8')
r3 = np.add(x0, x1, casting='no')
y0 = np.array(-3, dtype='i4')
y1 = np.array(-3, dtype='>i4')
r4 = np.add(y0, y1, casting='no')
z1 = np.array(-3.5, dtype='>f8')
r5 = np.add(z1, z1, casting='no')
r6 = np.add(z1, z1, casting='equiv')
