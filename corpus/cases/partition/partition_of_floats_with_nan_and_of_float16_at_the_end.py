# A partition with one kth of float32/float64 (and float16 where the CPU has AVX512_ICL) runs x86-simd-sort's
# quickselect under NumPy 2, which first moves each lane's NaNs to its end (a NaN from the front swapped with the
# element at the back) and selects only where kth falls among the other elements: sorted whole where they are few
# enough, left as they are where kth lies among the NaNs. And float16 never takes the introselect's scan for the
# maximum at kth = n - 1 (NumPy's npy_half is an integer type to C++; both NumPys): its quickselect runs instead.
# (The engine once sorted every short lane whole and scanned float16 for its maximum.)
import numpy as np
x = np.array([np.nan, 3.0, 1.0, np.nan, 2.0, 0.0, -1.0, np.nan])
a = np.partition(x, 2)
b = np.partition(x, 6)
c = np.partition(x.astype(np.float32), -1)
r = np.array([[5.0, -2.0, np.nan], [np.nan, 4.0, -4.0]])
r.partition(2, axis=1)
h = np.array([-0.0, 2, -0.0, 5, -0.0, -3, -0.0, 0, -0.0], dtype=np.float16)
d = np.partition(h, [8, 0])
e = np.partition(np.array([3, -1, 7, 2, np.inf, -5], dtype=np.float16), 5)
