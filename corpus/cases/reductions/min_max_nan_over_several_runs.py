# reductions: which NaN a float max/min reduction returns when NumPy hands its loop several runs per output element
# (element i of p holds NaN payload i + 1, read through uint views). NumPy copies each output's first element and
# skips it on the first visit; each reduce call on a contiguous run goes through the vector loop (a NaN in the output
# or in its whole vectors: the positive quiet NaN of the horizontal reduction; a NaN met in the tail: as it is), a
# strided run through the scalar loop (the first NaN as it is), and a run along the output through the
# maximum/minimum loop. The engine modelled one contiguous run per output only and kept the first NaN otherwise.
import numpy as np
p = (np.arange(1, 41, dtype=np.uint64) | np.uint64(0x7ff8000000000000)).view(np.float64)
b = np.where(np.arange(40) % 7 == 0, p, np.float64(1.5))
reversed_rows = np.array(b[:10].reshape((5, 2))[::-1].max()).view(np.uint64)
kept_between = b.reshape((4, 2, 5)).max(axis=(0, 2)).view(np.uint64)
q = (np.arange(1, 37, dtype=np.uint32) | np.uint32(0x7fc00000)).view(np.float32)
c = np.where(np.arange(36) % 7 == 0, q, np.float32(1.5))
pairs = c.reshape((2, 9, 2)).min(axis=(0, 2)).view(np.uint32)
# A strided run of 8 or more through the scalar loop: eight running extrema of the elements i = j mod 8, combined
# pairwise, each step keeping its first operand's NaN, so the lowest lane's NaN comes out, not the first met
# (element 3 of the run holds one NaN, element 9 another: lane 0 holds the second).
x = np.ones(60)
x[6] = p[3]
x[18] = p[9]
strided_lanes = np.array(x[::2].min()).view(np.uint64)
