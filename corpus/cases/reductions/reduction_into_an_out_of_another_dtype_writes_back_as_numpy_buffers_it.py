# reductions: an out= of another dtype than the loop's is buffered by NumPy's iterator. NumPy 2.4 writes each buffer
# back through its cast loop as one call over the output elements it holds (the outer reduce axis' outputs
# together, or a run's outputs along out), and its loop reads them back through the buffer's cast; NumPy 1.24 keeps
# its buffer while it holds the same outputs and casts element by element here. Which elements one cast call
# converts shows where a result is out of out's range: float -> uint32 gives 2**31 in the vector body of a
# contiguous run (whole blocks of four) and wraps or gives 0 element by element; and the final value is the one
# written back, not its round trip (a uint64 near 2**64 does not survive float64). Found by a probe of reductions
# into outs of other dtypes (2026-12-06).
import numpy as np
s = np.full((5, 9), 3e9)
s[:, ::3] = -np.inf
a = np.zeros(5, dtype=np.uint32)
r1 = np.prod(s, axis=-1, out=a)
b = np.zeros(5, dtype=np.uint32)
r2 = np.prod(s.T.copy(), axis=0, out=b)
t = np.full((20, 7), -1e10)
c = np.zeros(20, dtype=np.uint32)
r3 = np.sum(t, axis=1, out=c)
d = np.zeros(7, dtype=np.uint32)
r4 = np.sum(t, axis=0, out=d)
f = np.full((3, 100), -7.5, dtype=np.float32)
f[:, ::2] = np.inf
e = np.zeros(3, dtype=np.uint64)
r5 = np.min(f[:, ::-1], axis=-1, out=e)
g = np.zeros(100, dtype=np.uint64)
r6 = np.min(f, axis=0, out=g)
h = np.zeros(3, dtype=np.uint64)
r7 = np.sum(f, axis=-1, out=h)
# A strided out: NumPy's cast loop is handed out's own step (a strided one converts element by element), and max's
# first values are copied into out itself.
k = np.full((2, 150), 3e9, dtype=np.float32)
k.ravel()[::5] = -np.inf
m = np.zeros((2, 150), dtype=np.uint32, order='F')
r8 = np.max(k, axis=0, out=m[0])
