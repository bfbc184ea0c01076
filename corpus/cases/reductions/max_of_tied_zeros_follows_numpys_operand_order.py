# Which zero a float max reduction returns where 0.0 and -0.0 tie (the values compare equal, so the bits are read
# through views; min in min_of_tied_zeros_follows_numpys_operand_order.py). NumPy's float32/float64 loops
# (loops_minmax.dispatch.c.src) compare with x86's max/min instructions, which return the second operand on a tie:
# two elements give the second. A contiguous run goes through the vector loop: lanes that start as the first
# element take the rest a vector at a time (blocks of eight vectors combined pairwise), then the lanes are halved
# down to one (with AVX-512 through the compiler's _mm512_reduce_max_pd/ps, the upper half first for two halvings;
# with AVX2 and at the baseline NumPy's own, the lower half first), then the elements after the last whole vector
# one by one; a strided run of eight or more is unrolled into eight running maxima combined pairwise; float16's loop
# keeps the first on a tie. The sign patterns below were picked with a model of those loops so that the answer is
# neither the first nor the last zero and differs between the two halving orders. This was a known divergence
# (the engine returned the first zero met), found by the mutation helper (seed 15).
import numpy as np
a = np.array([0.0, -0.0])
b = np.array([-0.0, 0.0])
c = a.max(keepdims=True).view(np.uint64)
d = b.max(keepdims=True).view(np.uint64)
nine = np.array([0.0, 0.0, -0.0, 0.0, -0.0, -0.0, -0.0, -0.0, 0.0])
e = nine.max(keepdims=True).view(np.uint64)
long_run = np.array([-0.0, 0.0, 0.0, -0.0, -0.0, 0.0, -0.0, 0.0, 0.0, -0.0, -0.0, 0.0, -0.0, 0.0, 0.0, -0.0, 0.0, -0.0, -0.0, 0.0, -0.0, -0.0, -0.0, -0.0, 0.0, -0.0, 0.0, -0.0, -0.0, 0.0, -0.0, -0.0, 0.0, -0.0, 0.0, 0.0, -0.0, -0.0, -0.0, 0.0, -0.0, 0.0, -0.0, -0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.0, -0.0, -0.0, -0.0, -0.0, 0.0, -0.0, 0.0, 0.0, -0.0, 0.0, -0.0, -0.0, 0.0, -0.0])
f = long_run.max(keepdims=True).view(np.uint64)
g = np.array([0.0, -0.0, 0.0, -0.0, -0.0, 0.0, -0.0, -0.0, 0.0, 0.0, -0.0, 0.0, 0.0, 0.0, 0.0, -0.0, 0.0], dtype=np.float32).max(keepdims=True).view(np.uint32)
# Strided: the scalar unrolling (every other element of the long run, 33 elements).
h = long_run[::2].max(keepdims=True).view(np.uint64)
# Rows reduced along the outer axis: the output moves along each run, so each step is the elementwise loop.
rows = long_run[:64].reshape(8, 8)
i = rows.max(axis=0).view(np.uint64)
j = rows.max(axis=1).view(np.uint64)
# float16 keeps the first zero on a tie.
k = np.array([0.0, -0.0, 0.0], dtype=np.float16).max(keepdims=True).view(np.uint16)
m = np.array([-0.0, 0.0, -0.0], dtype=np.float16).max(keepdims=True).view(np.uint16)
