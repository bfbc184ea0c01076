# Where an element equals a bound, which one the result holds shows in the sign of a zero: NumPy 2's float32/float64
# clip loop keeps the element when both bounds are fixed through the loop (scalars), and takes the bound when a
# bound array walks with it; NumPy 1.24 takes the bound in both; float16 always keeps the element. A NaN bound:
# NumPy 2 fills the result with it (fixed bounds) or lets it win element by element; NumPy 1.24 reads a 0-d NaN
# bound as no bound (-inf or inf).
import numpy as np
nz = np.array([-0.0, 0.0, -0.0, 1.0, -1.0])
pz = np.array([0.0, 0.0, -0.0, 2.0, -2.0])
a = np.clip(nz, 0.0, 1.0)
b = np.clip(pz, -0.0, 1.0)
c = np.clip(nz, np.zeros(5), np.ones(5))
d = np.clip(pz, -1.0, -0.0)
e = np.clip(nz[::2], 0.0, 1.0)
h = np.clip(nz.astype(np.float16), 0.0, 1.0)
s = np.clip(nz.astype(np.float32), np.float32(0.0), np.float32(0.5))
x = np.clip(np.array([0.5, np.nan, -3.0]), np.nan, 1.0)
y = np.clip(np.array([0.5, np.nan, -3.0]), 0.0, np.array(np.nan))
v = np.clip(np.array([0.5, np.nan, 3.0]), np.array([0.0, 0.0, np.nan]), 1.0)
k = np.clip(np.arange(4), np.nan, 2)
