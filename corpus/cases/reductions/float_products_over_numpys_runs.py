# reductions: a float product multiplies in the order and the loops of NumPy's reduction iterator (see
# float_sums_pairwise_over_numpys_runs.py for its runs). A reduce call (the output standing still) multiplies the
# run into the output one element after another, float16 in float, stored back as float16 at the end of the call;
# a run along which the output moves is NumPy's multiply loop on a row (out = out * row), with its own kernels (a
# complex product's fused vector loop under NumPy 2, where the reduce call's running product is plain). The engine
# multiplied in C order over the reduced axes, rounding float16 at every step and taking the running product's
# kernel everywhere.
import numpy as np
scale = np.array([1.1, -0.3, 1.7, 0.9, -1.3, 0.7, 1.01])
v = 1.0 + (np.arange(600) * 0.7071067811865476 % 1.3) * scale[np.arange(600) % 7] * 0.01
x = v[:60].reshape(3, 4, 5)
memory_order = np.array(x.T.prod())
h = v[:243].astype(np.float16).reshape(3, 9, 9)
half_runs = h.prod(axis=(0, 1))
c = (v[:50] + 0.25j * np.linspace(-1, 1, 50)).astype(np.complex64).reshape(5, 5, 2)
outer_axis = c.prod(axis=0)
f = (v[:400] + 0.25j * np.linspace(-1, 1, 400)).reshape((20, 20), order='F')
f_rows = f.prod(axis=1)
