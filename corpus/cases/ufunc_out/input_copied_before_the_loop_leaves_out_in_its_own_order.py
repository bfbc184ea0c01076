# Before its trivial path or its iterator sees them, a ufunc copies each input that needs a cast to its loop's
# dtype or is not aligned, while it is 0-d or 1-d of at most the buffer size (check_for_trivial_loop, both NumPys;
# the scan stops at the first input too large or of a cast the casting rule refuses). The copy is apart from out and
# steps forwards, so an out that overlapped the input is not replaced by a write-back copy, and the iterator flips no
# axis that out walks backwards: the loop's float results are cast into out in out's own order, run by run. NaN and
# -inf into a swapped '>u4' out take the vector rule of the swapping cast's contiguous buffer from four elements on
# (2**31), into a native 'u4' out stepping backwards the strided loop's rule (0). The engine flipped such axes into
# memory order (and wrote an out overlapping itself element by element, the scalar rule).
import numpy as np
# out is the input itself, reversed
v = (np.arange(5) * 3 % 7).astype('>u4')
w = v[::-1]
r = np.multiply(w, -np.inf, out=w, casting='unsafe')
n = (np.arange(9) * 3 % 7).astype('u4')
m = n[::-1]
s = np.multiply(m, np.nan, out=m, casting='unsafe')
# out the input's reversed view (the first is a NumPy 1.24 fuzz campaign finding)
v7 = np.arange(4, dtype='>u4')
c = v7.clip(np.nan, -4.5, out=v7[::-1], casting='unsafe')
w9 = np.arange(9, dtype='>u4')
t = np.add(w9, -np.inf, out=w9[::-1], casting='unsafe')
n9 = np.arange(9, dtype='u4')
t = np.add(n9, np.nan, out=n9[::-1], casting='unsafe')
# apart from out: a reversed input, and one that is not aligned (copied though it needs no cast)
a = (np.arange(9) * 3 % 7).astype('u4')
o = np.zeros(9, 'u4')[::-1]
q = np.multiply(a[::-1], -np.inf, out=o, casting='unsafe')
b = np.zeros(81, 'u1')
u = b[1:].view('f8')
u[...] = np.array([np.nan, -np.inf, 3e9, -1.5, np.inf, 0.5, -7.0, 2.0, np.nan, 1.0])
k = np.zeros(10, 'u4')
q = np.subtract(u[::-2], np.array(3, 'i2'), out=k[4::-1], casting='unsafe')
# a 2-d out, the copied 1-d input broadcast along its rows
x = (np.arange(18) * 3 % 7 - 2).astype('>u4')
z = x[:16].reshape(4, 4)
e = np.add(x[3::-1], -np.inf, out=z[:, ::-1], casting='unsafe')
e = np.maximum(x[:4], np.nan, out=z[::-1, ::-1], casting='unsafe')
# out's elements overlap each other (a 2-byte step): whole runs through the cast still, in out's order
y = (np.arange(12) * 5 % 11).astype('>u4')
h = np.lib.stride_tricks.as_strided(y[4:], shape=(8,), strides=(-2,))
f = np.array([np.nan, -np.inf, 3e9, -1.5, np.inf, 0.5, -7.0, 2.0])
g = np.subtract(y[:8], f, out=h, casting='unsafe')
y2 = (np.arange(12) * 5 % 11).astype('>u4')
h2 = np.lib.stride_tricks.as_strided(y2, shape=(5,), strides=(2,))
g2 = np.add(y2[4::-1], np.nan, out=h2, casting='unsafe')
