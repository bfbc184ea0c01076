# ufunc_out: a 1-d out whose elements overlap each other (int16 items one byte apart) and that walks backwards is
# written in its own order, element 0 first, when another operand steps forwards (a where= list, an input array):
# NumPy's iterator turns an axis round only when no operand steps forwards along it, and the last write to a
# shared byte wins. With every other operand a scalar or broadcast (where=True) it is turned round and written in
# memory order. Found by the property test (NumPy 1.24, seed 157): the engine wrote in memory order.
import numpy as np
base = np.zeros(2, dtype='complex128')
v1 = np.ndarray((5,), dtype='>i2', buffer=base, offset=0, strides=(1,), order='F')
r1 = np.negative(-3, v1[::-1], where=[True, True, True, True, True])
b1 = base.view('u1')[:6].copy()
base[...] = 0
r2 = np.negative(-3, v1[::-1], where=True)
b2 = base.view('u1')[:6].copy()
base[...] = 0
x = np.arange(1, 6, dtype=np.int16)
r3 = np.negative(x, out=v1[::-1])
b3 = base.view('u1')[:6].copy()
base[...] = 0
n1 = np.ndarray((5,), dtype='<i2', buffer=base, offset=0, strides=(1,), order='F')
r4 = np.add(x, 256, out=n1[::-1])
b4 = base.view('u1')[:6].copy()
base[...] = 0
r5 = np.add(x, 256, out=n1[::-1], where=[True, False, True, True, False])
b5 = base.view('u1')[:6].copy()
