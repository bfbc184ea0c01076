# NumPy 2's complex add and multiply loops fall back to their scalar loop for an output stepping 0, which is how
# NumPy's iterator hands over an operation of one element (np.multiply(x, y, out=y) of one element: a one-element
# input overlapping out is no safe trivial pair, so the iterator runs it; or one it buffers). Its compiler reorders
# that loop: complex128's sum passes on y's NaN where it runs its vectorised copy, but not for an output stepping 0
# (x's NaN, the loop as written, at every length); the product computes its cross products y's part first from two
# elements on, one element alone as written (x's) in complex64 and, at the baseline build, complex128. Measured on
# NumPy 2.4's AVX2 and baseline builds; NaNs of distinct sign and payload show which operand passed on, through
# native copies viewed as integers.
import numpy as np
from numpy.lib.stride_tricks import as_strided
x = np.array([-np.nan, -np.nan]).view(complex)
y = np.array([np.nan, np.nan]).view(complex)
a = x.reshape(1, 1)
o = np.zeros((1, 1), complex)
r = np.add(a, y, out=o)
b0 = o.view('u8')
s = np.zeros((1, 1), '>c16')
r = np.add(a, y.reshape(1, 1), out=s)
b1 = s.astype('=c16').view('u8')
w = x.astype('>c16')
w += y
b2 = w.astype('=c16').view('u8')
z = np.zeros(1, complex)
x3 = np.array([-np.nan] * 6).view(complex)
y3 = np.array([np.nan] * 6).view(complex)
r = np.add(x3, y3, out=as_strided(z, shape=(3,), strides=(0,)))
b3 = z.view('u8')
p = np.array([np.inf, np.nan]).view(complex).astype('c8')
q = np.array([-np.nan, 2.0]).view(complex).astype('c8')
r = np.multiply(p, q, out=q)
b4 = q.view('u4')
p = np.array([np.inf, np.nan]).view(complex).astype('c8')
q = np.array([-np.nan, 2.0]).view(complex).astype('c8')
r = np.multiply(p, q, out=p)
b5 = p.view('u4')
p = np.array([np.inf, np.nan]).view(complex).astype('c8')
q = np.array([-np.nan, 2.0]).view(complex).astype('c8')
o = np.zeros(1, 'c8')
r = np.multiply(p, q, out=o)
b6 = o.view('u4')
p = np.array([np.inf, np.nan, 1.0, 1.0, 1.0, 1.0]).view(complex).astype('c8')
q = np.array([-np.nan, 2.0, 1.0, 1.0, 1.0, 1.0]).view(complex).astype('c8')
r = np.multiply(p, q, out=q)
b7 = q.view('u4')
m = np.array([np.inf, np.nan]).view(complex)
k = np.array([-np.nan, 2.0]).view(complex)
r = np.multiply(m, k, out=k)
b8 = k.view('u8')
