# dtype= of a ufunc fixes its output type: np.absolute of a complex array with dtype=float64 runs the D->d
# loop (the input needs no cast), into a fresh array or an out= that is the input's own memory reversed; the
# input casts of the loop search are at most 'safe', so casting='unsafe' still picks D->d; no loop makes
# float32 from complex128 under same_kind, and none makes complex128 at all (UFuncTypeError / TypeError).
import numpy as np
z = np.array([3+4j, -1j, 0j, 5+12j])
o = np.zeros(4)
r1 = np.absolute(z, dtype=np.float64)
np.absolute(z, out=o, dtype=np.float64)
r2 = np.absolute(z, dtype=np.float64, casting='unsafe')
r3 = np.absolute(z, dtype=np.float32)
r4 = np.absolute(z.astype(np.complex64), dtype=np.float64)
r5 = np.absolute(z, dtype=np.complex128)
v = z.view(np.float64)
np.absolute(v[::2], out=v[::-2], dtype=np.float64)
