# reductions: which NaN a complex sum passes on where several elements are NaN with distinct payloads (seen through
# an integer view). NumPy sums each run pairwise (CFLOAT_pairwise_sum: four running sums of each part), and NumPy
# 2.4's compiler laid the function and its two inlined copies (for the halves of a run of more than 64 elements) out
# with their own operand orders: the function combines the running sums as (r2 + r0) + (r6 + r4), the first half's
# copy as (r0 + r2) + (r4 + r6), the second half's as (r4 + r6) + (r2 + r0), its complex64 build adding each new
# element first. Both NumPys then add a run's sum into the output with the sum first (rl_im[0] += rr), so where
# several runs reduce into one output the later run's NaN passes. NumPy 1.24 keeps the source's order in the pairwise
# sum. Fitted to 2,800 sums of 4 to 1,000 elements, complex64 and complex128, both NumPy 2 builds (2026-12-06).
import numpy as np
a = np.ones(6, dtype=np.complex64)
a.view(np.int32)[0::2] = np.arange(6, dtype=np.int32) * 4 - 4194304
s1 = np.sum(a)
b1 = np.array([s1]).view(np.int32)
c = np.ones(100, dtype=np.complex128)
c_bits = c.view(np.int64)
c_bits[[10, 34, 60, 61, 90]] = np.arange(5, dtype=np.int64) * 4 - 2251799813685248
s2 = np.sum(c[::2])
b2 = np.array([s2]).view(np.int64)
s3 = np.sum(c)
b3 = np.array([s3]).view(np.int64)
d = np.ones(140, dtype=np.complex64)
d_bits = d.view(np.int32)
d_bits[[66, 76, 116, 122, 136]] = np.arange(5, dtype=np.int32) * 4 - 4194304
s4 = np.sum(d)
b4 = np.array([s4]).view(np.int32)
e = np.ones((5000, 2), dtype=np.complex64)
e_bits = e.view(np.int32).reshape(-1)
e_bits[[4750, 9000, 12000, 17454]] = np.arange(4, dtype=np.int32) * 4 - 4194304
s5 = np.sum(e)
b5 = np.array([s5]).view(np.int32)
s6 = np.sum(e, axis=0)
b6 = s6.view(np.int32)
