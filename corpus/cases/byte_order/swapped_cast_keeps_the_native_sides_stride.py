# A cast into or out of a swapped byte order goes through a buffer only on the swapped side: the native side keeps
# its own stride, and NumPy's float -> uint32 cast answers by whether both sides are contiguous (NaN gives 2**31 in
# the vectorised contiguous loop, 0 in the strided one). A flipped float32 array cast to '>u4' thus takes the strided
# rule. Found by the property test (NumPy 1.24, seed 141): the engine gathered the native source into a contiguous
# buffer too.
import numpy as np
v0 = np.array([[-3, -3], [np.nan, -3]], dtype='float32', order='C')
v4 = np.flip(v0)
v5 = v4.astype('>u4', order='C', casting='unsafe', copy=True)
c5 = v0.astype('>u4', order='C', casting='unsafe', copy=True)
big = np.full(17, np.nan, dtype=np.float32)
b1 = big.astype('>u4')
b2 = big[::-1].astype('>u4')
b3 = big.astype('>f8').astype('u4')
b4 = big.astype('>f8')[::-2].astype('u4')
b5 = np.zeros(17, dtype='u4')[::2]
b5[...] = big.astype('>f4')[::2]
