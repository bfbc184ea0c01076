# ufunc_out: np.negative with where= of an input stepping its itemsize in elements (4 for int32) into a strided
# output. NumPy 2.4's masked loop calls its negative loop once per stretch of selected elements, and each call reads
# its stretch's input one element after another from the stretch's first
# (ufunc_out/negative_of_an_input_stepping_its_itemsize_in_elements.py); NumPy 1.24 negates the right elements. A
# known divergence until 2026-12-06, when the negative loop joined the loops run over NumPy's own iteration, masked
# stretches included (random layouts: 11 of 200 negative operations diverged under NumPy 2 before, 0 after).
import numpy as np
v = np.arange(1, 101, dtype=np.int32)
w = np.zeros(100, dtype=np.int32)
m = np.array([True, True, False, True, True, True, False, True, True, True, True])
np.negative(v[::4][:11], out=w[::2][:11], where=m)
