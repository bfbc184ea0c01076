# Which NaN a float32/float64 sum passes on where NaNs of different payloads meet (payloads read through uint
# views). NumPy's pairwise sum (loops_utils.h.src) is compiled as the function plus inlined copies for its two
# halves, whose halves call the function again; an x86 add passes on its first operand's NaN, and each copy adds
# in its own operand order: the function its first half first, the second half's copy the second half first, the
# first half's copy the second half first with AVX2 or AVX-512 and the first half first at the baselines (both
# NumPys); NumPy 2's function combines its eight running sums with r[3] before r[2]. Measured with two NaNs at
# random positions of 3 to 8,000 elements on both NumPys and every CPU target. This was a known divergence (the
# engine took the running value's NaN at every add): a 280-element sum passed on the NaN of element 80.
import numpy as np
p = (np.arange(1, 281, dtype=np.uint64) | np.uint64(0x7ff8000000000000)).view(np.float64)
v = np.where(np.arange(280) % 5 == 0, p, np.float64(1.5))
halves = np.array(v.reshape((2, 140)).T.sum()).view(np.uint64)
# Lanes 2 and 3 of the eight running sums (elements 18 and 19): NumPy 2's function takes r[3]'s, NumPy 1.24's r[2]'s.
x = np.full(64, 1.5)
b = x.view(np.uint64)
b[18] = np.uint64(0x7ff8000000000000 | 19)
b[19] = np.uint64(0x7ff8000000000000 | 20)
lanes = np.array(x.sum()).view(np.uint64)
# The same lanes in the first half of 256 (the first half's copy: r[2]'s on both NumPys).
y = np.full(256, 1.5)
c = y.view(np.uint64)
c[18] = np.uint64(0x7ff8000000000000 | 19)
c[19] = np.uint64(0x7ff8000000000000 | 20)
copied_lanes = np.array(y.sum()).view(np.uint64)
# Elements 9 and 67 of 280: the first half (136) splits at 64, its copy adds the halves (by CPU target).
z = np.full(280, 1.5, dtype=np.float32)
d = z.view(np.uint32)
d[9] = np.uint32(0x7fc00000 | 10)
d[67] = np.uint32(0x7fc00000 | 68)
first_half_copy = np.array(z.sum()).view(np.uint32)
# Deeper: 8,000 elements alternate between the function and its copies level by level.
w = np.full(8000, 1.5)
e = w.view(np.uint64)
e[1000] = np.uint64(0x7ff8000000000000 | 1001)
e[1100] = np.uint64(0x7ff8000000000000 | 1101)
e[2600] = np.uint64(0x7ff8000000000000 | 2601)
deep = np.array(w.sum()).view(np.uint64)
