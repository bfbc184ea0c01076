# Reductions make fresh arrays laid out in the input's stride order over the axes that remain (keepdims keeps the
# reduced ones as length 1); small integers and bools sum as int64/uint64, mean of integers is float64 and of
# float16 float16; a reduction over every axis gives a scalar.
import numpy as np
a = np.arange(24, dtype=np.int16).reshape(2, 3, 4).transpose(2, 0, 1)
s = a.sum(axis=1)
k = a.sum(axis=1, keepdims=True)
m = a.max(axis=2)
n = np.mean(a, axis=(0, 2))
p = np.prod(a.astype(np.uint8), axis=0)
b = (a > 5).sum(axis=0)
t = a.sum()
h = a.astype(np.float16).mean(axis=0)
