# np.remainder (%) of two float NaNs: NumPy 2 passes on the one of larger significand, quieted (on a tie the positive
# one unless both are negative): x87's rule, its build inlining fmod inside npy_divmod; NumPy 1.24 the first (the C
# library's fmod). Floor division takes the first in both (so does np.fmod). Engine:
# semantics::remainder_of_nans_passes_larger_significand.
import numpy as np
x = np.array([9221120237041090561, 9221120237041090562, 18444492273895866369, 9221120237041090562, 9218868437227405315, 9221120237041090561, 9221120237041090563, 18444492273895866371, 18444492273895866370], dtype=np.uint64).view(np.float64)
y = np.array([9221120237041090562, 9221120237041090561, 9221120237041090562, 18444492273895866369, 9221120237041090561, 9218868437227405315, 18444492273895866371, 18444492273895866371, 9221120237041090562], dtype=np.uint64).view(np.float64)
remainder_bits = (x % y).view(np.uint64)
floor_quotient_bits = (x // y).view(np.uint64)
scalar_remainder_bits = np.array(x[0] % y[0]).view(np.uint64)
swapped_scalar_remainder_bits = np.array(y[0] % x[0]).view(np.uint64)
x32 = np.array([2143289345, 4290772994, 2139095043, 2143289347], dtype=np.uint32).view(np.float32)
y32 = np.array([2143289346, 2143289345, 2143289345, 4290772995], dtype=np.uint32).view(np.float32)
remainder32_bits = (x32 % y32).view(np.uint32)
h = np.array([32257, 65026, 31747, 32259], dtype=np.uint16).view(np.float16)
k = np.array([32258, 32257, 32257, 65027], dtype=np.uint16).view(np.float16)
half_remainder_bits = (h % k).view(np.uint16)
in_place = x.copy()
in_place %= y
in_place_bits = in_place.view(np.uint64)
