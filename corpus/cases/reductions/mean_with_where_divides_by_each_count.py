# mean with where= divides each sum by the number of elements its mask selected (_count_reduce_items sums the
# mask broadcast to the input): an array of counts, so NumPy 1.24 divides a float32 sum in float64 (its value-based
# casting keeps float32 only against a scalar count). A mean of nothing selected is NaN. Also without where=:
# a mean into a 0-d out= divides in float64 (complex128) under NumPy 1.24, all its operands being 0-d.
import numpy as np
x = np.arange(6.0).reshape(2, 3)
a = np.mean(x, where=[True, False, True])
b = np.mean(x, axis=1, where=[True, False, True])
c = np.mean(x, where=[False, False, False])
f = np.sqrt(np.arange(240, dtype=np.float32) * np.float32(0.7318) + 1).reshape(6, 40)
m = np.arange(240).reshape(6, 40) % 7 != 0
d = np.mean(f, axis=1, where=m)
e = np.mean(f, where=m)
g = np.mean(f, where=m, keepdims=True)
h = np.mean(f, axis=0, where=m, out=np.zeros(40))
k = np.mean(np.arange(6).reshape(2, 3), axis=1, where=[True, False, True], out=np.zeros(2, int))
v = np.sqrt(np.arange(240, dtype=float) * 0.7318 + 1)
v = v * np.where(np.arange(240) % 5 == 0, -1, 1)
t = v.reshape((2, 3, 40)).astype('>f8').T
l = np.mean(t, axis=None, out=np.zeros((), dtype='c8'))
n = np.mean(t, axis=None, out=np.zeros((), dtype='f4'))
# The division is NumPy's true_divide into out itself, so its cast back into out is the ufunc's: a mean of nothing
# (0 / 0, NaN) into a uint32 out is what NumPy's cast loop makes of NaN, and so is one whose mask selects nothing.
e0 = np.mean(f[:0], axis=0, out=np.zeros(40, 'u4'))
e1 = np.mean(f, axis=1, where=f > 100, out=np.zeros(6, 'u4'))
e2 = np.mean(f, axis=0, where=[[True]] * 3 + [[False]] * 3, out=np.zeros(40, 'i1'))
# An out= with no elements: nothing to divide (the engine read a count that was not there).
e3 = np.mean(f[:0], axis=1, out=np.zeros(0, 'f4'))
e4 = np.mean(f[:0], axis=1, where=f[:0] > 1, out=np.zeros(0))
# mean counts its items before it sums (add.reduce of the mask broadcast to the input, in intp, cast unsafely): a
# mask array that does not broadcast is broadcast_to's ValueError there, before the sum's own conversion of the mask
# (which refuses anything but bool: TypeError for the integer and the float array).
wm = np.arange(6.0).reshape(2, 3)
w0 = np.mean(wm, where=np.array([1, 0]))
w1 = np.mean(wm, where=np.array([1.0, 0.0, 1.0]))
w2 = np.mean(wm, where=np.array([1, 0, 1]))
w3 = np.mean(wm, axis=5, where=np.array([1, 0]))
# Python values as where= are two things: their truth is the sum's mask, and np.asarray makes numbers of them that
# the count adds (cast to intp unsafely): 0.5 selects an element and counts 0, 2 counts 2, -1 takes one away, 1j
# counts its real part 0, NaN counts as the CPU converts it (x86: -2**63), so the mean is no mean of the selection.
p0 = np.mean(wm, axis=1, where=[0.5, 0, 1])
p1 = np.mean(wm, axis=1, where=[2, 0, 1])
p2 = np.mean(wm, where=[[-1, 0, 1], [1, 1, 1]])
p3 = np.mean(wm, axis=0, where=[[1j], [2.5]])
p4 = np.mean(wm, axis=1, where=2)
p5 = wm.mean(where=[np.nan, 0, 1])
p6 = np.mean(wm.astype(np.float32), axis=1, where=(1.5, 0, 1), out=np.zeros(2, np.float32))
