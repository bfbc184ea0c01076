# Known divergence (NumPy 2; listed in corpus/expected-divergences/numpy-2.txt). np.negative with where= of an
# input stepping its itemsize in elements (4 for int32) into a strided output: NumPy 2.4's masked loop calls its
# negative loop once per run of selected elements, and each call reads its run's input one element after another
# from the run's first (ufunc_out/negative_of_an_input_stepping_its_itemsize_in_elements.py); the engine follows
# that loop without a mask only, and negates the right elements here. NumPy 1.24 negates the right elements.
import numpy as np
v = np.arange(1, 101, dtype=np.int32)
w = np.zeros(100, dtype=np.int32)
m = np.array([True, True, False, True, True, True, False, True, True, True, True])
np.negative(v[::4][:11], out=w[::2][:11], where=m)
