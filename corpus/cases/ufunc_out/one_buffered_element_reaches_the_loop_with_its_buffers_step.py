# An operation of one element that NumPy's iterator buffers (an operand needing a cast or not aligned, one it did not
# copy first: an out= through a cast, an input of more than one dimension) reaches the loop with steps: NumPy 1.24
# hands a buffered operand its buffer's step (the itemsize), an unbuffered one 0; NumPy 2.4 hands 0 to both. So in
# NumPy 1.24 the in-place square of one '>c16' element (a **= 2 runs np.square(a, out=a)) takes the AVX512F vector
# loop, which passes on another NaN in the imaginary part than the plain loop: the bits, seen through native copies
# viewed as integers, show which. (Not a product: NumPy 1.24's AVX512F multiply also asks its output's start to be
# 64 bytes from each input's, which for buffers of one element depends on where its allocator put them; the
# runner's self-check saw NumPy answer both ways.) NumPy 1.24 fuzz campaign finding: an in-place power through a
# fancy index of a swapped view; the engine squared with steps 0, the plain loop.
import numpy as np
x = np.array([-np.nan, np.nan]).view(complex)
z = x.astype('>c16')
z **= 2
bz = z.astype('=c16').view('u8')
t = x.astype('>c16').reshape(1, 1)
t **= 2
bt = t.astype('=c16').reshape(1).view('u8')
s = x.astype('>c8')
r = np.square(s, out=s)
bs = s.astype('=c8').view('u4')
# the finding itself
v0 = np.zeros((4, 4, 1), complex, order='F')
v1 = v0 ** -1
v0 = v1.reshape((1, 4, -1), order='F')
v3 = v0.byteswap()
v4 = v3.newbyteorder('swap')
v5 = np.lib.stride_tricks.as_strided(v4[::-1], shape=(1, 1), strides=(-16, -16))
v5[[-1], ...] **= 2
