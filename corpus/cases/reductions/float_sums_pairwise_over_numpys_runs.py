# reductions: a float sum is not added in order. NumPy's add.reduce hands its loop runs of its reduction iterator,
# and the loop adds each run's pairwise sum (8 running sums, blocks of up to 128, halves above) to the output,
# which starts at +0.0; a run along which the output moves is added element by element. The runs: the axes ordered
# by the strides and coalesced; NumPy 2.4 a whole run (a core grown by cost, no further than one axis past where
# the output's stride turns 0 or not 0: a kept axis between reduced ones sums each row on its own), NumPy 1.24 runs
# of at most 8,192 that restart at each output element. The values below have magnitudes from 1e-5 to 1e6, so the
# order shows in the last bits. The engine summed every element in order (right only for short or exact sums).
import numpy as np
scale = np.array([1e-3, 1e3, 1.0, 1e6, 1e-5, 7.0, 1e2])
v = (np.linspace(-3.3, 7.9, 40000) * scale[np.arange(40000) % 7])
whole = np.array(v[:20000].sum())
strided = np.array(v[::3].sum())
x = v[:15003].reshape(3, 5001)
rows = x.sum(axis=1)
gapped = np.array(x[:, :5000].sum())
columns = x[:, :40].sum(axis=0)  # element by element along axis 0: in order (as the engine always did)
cube = v[:6000].reshape(4, 5, 300)
kept_between = cube.sum(axis=(0, 2))
inner_pair = cube[:, :, ::2].sum(axis=(1, 2))
f32 = v[:9000].astype(np.float32)
f32_sum = np.array(f32.sum())
f32_widened = np.array(f32.sum(dtype=np.float64))
# A float32 out= of a float64 sum: NumPy 2.4 stores each buffered run's sum into out (rounding it) and goes on
# from there; NumPy 1.24 keeps its buffer while the output element stays the same.
into32 = np.zeros((), dtype=np.float32)
r = v.astype(np.float32)[::2].sum(dtype=np.float64, out=into32)
# Complex sums pair the parts; mean divides by the count as NumPy's complex division does (Smith's: times the
# reciprocal of count + 0j), not each part by the count.
z = (v[:300] + np.linspace(0.2, -1.7, 300) * 1j).reshape(3, 100)
z_sums = z.sum(axis=1)
z_means = z.mean(axis=0)
z_mean = np.array(z.mean())
# float16 means add in float32; the float16 result is a copy of the float32 one in its order (keepdims of an
# F-ordered input: C-contiguous strides).
h = v[:28].astype(np.float16).reshape((7, 4), order='F')
h_mean = h.mean(axis=0, keepdims=True)
