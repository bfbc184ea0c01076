# ufunc_out: loops that pick their kernel by their steps, written into an out= that overlaps an input. NumPy's
# iterator decides its axis order and flips with out itself, then writes a copy of out laid out contiguously in that
# order with positive strides (WRITEBACKIFCOPY), which it walks backwards along a flipped axis. So with every
# operand reversed, the inputs step forwards and the copy backwards: NumPy 2's complex64 product fuses (no input
# steps backwards), NumPy 1.24's complex128 product is not its contiguous vector loop (fused scalar loop), and NumPy
# 2's float products pass on x's NaN (operators/float_sum_nan_tail_of_a_buffered_iteration.py). Before
# 2026-12-06 the engine walked its copy of out in the copy's own order; an engine that flips the copy with the
# inputs takes the plain kernel for the first two products and the vector loop for the third (random overlapping
# views: 35 of 300 such operations diverged under NumPy 2 and 40 under 1.24 at the session's start, 4 and 3 with
# that copy).
import numpy as np
c = np.zeros(40, dtype='complex64')
c.view('int8').fill(-3)
c[::3] = (0.7 - 0.2j)
np.multiply(c[:-2][::-1][:38], c[2:][::-1][:38], out=c[:-2][::-1][:38])
d = np.zeros(9, dtype='complex64')
d.view('int8').fill(-3)
d[::3] = (0.7 - 0.2j)
np.multiply(d[::-2][:5], d[:-2][::-1][:5], out=d[:-2][::-1][:5])
w = np.zeros(9, dtype='complex128')
w.view('uint64').fill(18437736874454810625)
w[::3] = (0.7 - 0.2j)
np.multiply(w[2:][::-1][:5], w[:-2][::-1][:5], out=w[::-2][:5])
m = np.zeros(40, dtype='complex64')
m.view('int8').fill(-3)
m[::3] = (0.7 - 0.2j)
np.multiply(m[:-2][::-1][:38], m[2:][::-1][:38], out=m[:-2][::-1][:38], where=np.arange(38) % 5 != 1)
