# a.byteswap(True) over elements that overlap each other (items one byte apart): NumPy's walk shows. It swaps in runs
# along one axis (the whole array when it is C- or F-contiguous, else the axis of the smallest positive stride, the
# other axes in C order), and within a run of complex numbers every real part before the imaginary parts (each half
# swapped as its own strided run). Found by the property test (NumPy 2, seed 132): the engine swapped each complex
# element whole, in C order.
import numpy as np
v0 = np.arange(2, dtype='>c16').reshape((1, 2), order='C')
v1 = np.ndarray((2,), dtype='complex128', buffer=v0, offset=1, strides=(1,), order='F')
v1.byteswap(True)
b = (np.arange(64) * 37 % 251).astype(np.uint8)
w = np.ndarray((3,), dtype=np.int32, buffer=b, offset=2, strides=(1,))
w.byteswap(True)
x = np.ndarray((2, 3), dtype=np.complex64, buffer=b, offset=16, strides=(3, 2))
x.byteswap(True)
y = np.ndarray((3, 2), dtype=np.int16, buffer=b, offset=40, strides=(1, 4))
y.byteswap(True)
z = np.ndarray((2, 2), dtype=np.float64, buffer=b, offset=50, strides=(-2, 3))
z.byteswap(True)
