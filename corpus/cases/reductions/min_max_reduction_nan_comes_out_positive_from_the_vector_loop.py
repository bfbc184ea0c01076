# reductions: which NaN a float min/max reduction returns. Where NumPy hands its loop the reduced elements as one
# contiguous run, the result starts as the first element and the loop reduces whole vectors of the rest (AVX2: 4
# float64, 8 float32; baseline 2 and 4; AVX-512 8 and 16) from an accumulator holding the first element in every
# lane, then the rest one at a time: a NaN first element or a NaN in the vectors comes out as the positive quiet NaN
# of the horizontal reduction, a NaN first met in the tail as it is (0.0 / 0.0 is a negative NaN on x86). Values
# compare NaN alike, so the bits are read through views. Found by the fuzzer and the property test (seed 83).
import numpy as np
a = np.ones(12)
a[6] = np.float64(0.0) // 0
m = a.min(keepdims=True)
m.dtype = np.uint64
z = np.zeros(17)
nan = z / z
b2 = np.ones((2, 2))
b2[[0, 1], [0, 1]] = nan[:2]
c2 = b2.min(axis=1, keepdims=True).view(np.uint64)
b5 = np.ones((5, 5))
b5[np.arange(5), np.arange(5)] = nan[:5]
c5 = b5.max(axis=1, keepdims=True).view(np.uint64)
b6 = np.ones((6, 6))
b6[np.arange(6), np.arange(6)] = nan[:6]
c6 = b6.min(axis=-1, keepdims=True).view(np.uint64)
b10 = np.ones((10, 10))
b10[np.arange(10), np.arange(10)] = nan[:10]
c10 = b10.max(axis=1, keepdims=True).view(np.uint64)
b17 = np.ones((17, 17), dtype=np.float32)
b17[np.arange(17), np.arange(17)] = nan.astype(np.float32)
c17 = b17.min(axis=1, keepdims=True).view(np.uint32)
s = np.ones((3, 4, 3))
s[1, 3, 2] = nan[0]
s[2, 0, 1] = nan[0]
t = s.max(axis=(1, 2), keepdims=True).view(np.uint64)
f = np.asfortranarray(b6)
g = f.min(keepdims=True).view(np.uint64)
h = b10[:, ::2].max(axis=1, keepdims=True).view(np.uint64)
k = b6[:, ::-1].min(axis=1, keepdims=True).view(np.uint64)
u = b10.T.max(axis=0, keepdims=True).view(np.uint64)
