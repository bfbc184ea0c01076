# A float sum with where= is not the sum of the selected elements: NumPy's masked loop calls the add loop once for
# each stretch of True elements of a run, so each stretch is summed pairwise on its own and added into the output
# (np.sum(v, where=m) differs from np.sum(v[m]) in the last bits). Maxima and minima run their vector loop on each
# stretch, which decides which of 0.0 and -0.0 and which NaN comes out.
import numpy as np
scale = np.array([1e-3, 1e3, 1.0, 1e6, 1e-5, 7.0, 1e2])
v = (np.linspace(-3.3, 7.9, 300) * scale[np.arange(300) % 7]).astype(np.float32)
m = np.arange(300) % 2 != 0
a = np.sum(v, where=m)
b = np.sum(v[m])
c = np.sum(v.reshape(10, 30), axis=1, where=m.reshape(10, 30))
d = np.sum(v.reshape(10, 30).T, axis=0, where=np.arange(30).reshape(30, 1) % 4 != 1)
w64 = v.astype(float)
k = np.sum(w64, where=np.arange(300) % 3 != 0)
l = np.sum(w64[np.arange(300) % 3 != 0])
z = np.array([0.0, -0.0, 1.0, -0.0, 0.0] * 5, dtype=np.float32)
e = np.max(z, where=np.arange(25) % 3 != 0, initial=-1.0)
f = np.min(z, where=z != 1, initial=0.0)
w = np.arange(40.0)
w[[3, 17, 30]] = np.nan
g = np.max(w, where=np.arange(40) % 5 != 0, initial=0.0)
h = np.min(w.reshape(8, 5), axis=0, where=[True, False, True, True, False], initial=np.inf)
