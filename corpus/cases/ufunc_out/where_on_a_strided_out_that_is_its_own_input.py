# ufunc_out: np.absolute(v, out=v, where=m) on a strided view with no two elements sharing a byte (a slice of
# rows, not contiguous) is computed in place: out is the input element for element, so NumPy makes no copy and
# the unselected complex elements keep their imaginary parts. (Were out copied, the float64 result's round trip
# would drop them.)
import numpy as np
z = (np.arange(6) + 1j * np.arange(6)).reshape(2, 3)
v = z[:, :2]
m = np.array([[True, False], [False, True]])
np.absolute(v, out=v, where=m)
w = (np.arange(12) + 2j).reshape(3, 4)[::2, 1::2]
np.absolute(w, out=w, where=np.array([False, True]))
