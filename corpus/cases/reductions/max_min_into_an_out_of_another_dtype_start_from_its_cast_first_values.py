# reductions: max and min have no identity: NumPy copies each output element's first element into out= itself
# (PyArray_CopyInitialReduceValues, an array assignment from the input's dtype into out's) and its loop then reads
# them back from out through its buffer's cast into the loop's dtype. So the reduction starts from the first value
# as out holds it: an int64 -2**63 comes back from an int32 out as 0, which is then the maximum of negative numbers;
# a float -inf cast into uint32 comes back as 0 (or 2**31 where the copy's cast loop takes four or more in a row).
# Both NumPys. Found by a probe of reductions into outs of other dtypes (2026-12-06: 26 of 600 diverged on 1.24).
import numpy as np
s = np.full((5, 9), -10**10, dtype=np.int64)
s[0, 0] = -2**63
o = np.zeros((), dtype=np.int32)
r = np.max(s, axis=(0, 1), out=o)
p = np.zeros((), dtype=np.int32)
r2 = np.max(s.T, out=p)
q = np.zeros(9, dtype=np.int32)
r3 = np.max(s, axis=0, out=q)
m = np.zeros(9, dtype=np.int32)
r4 = np.min(-s, axis=0, out=m)
f = np.full((100, 3), -7.5, dtype=np.float16)
f[0] = -np.inf
u = np.zeros((), dtype=np.uint32)
r5 = np.max(f, out=u)
v = np.zeros(3, dtype=np.uint32)
r6 = np.max(f, axis=0, out=v)
w = np.zeros((1, 3), dtype=np.uint32)
r7 = np.max(f, axis=0, out=w, keepdims=True)
g = np.full((6, 8), -1e10)
g[0] = -np.inf
x = np.zeros(8, dtype=np.int64)
r8 = np.max(g, axis=0, out=x)
