# np.copyto(dst, src, where=m) with a cast (PyArray_AssignArray): an overlapping src is copied first only where the
# unmasked copy would copy it (dst of several dimensions, or a 1-D dst walked against src's last stride), cast into
# dst's dtype and memory order; otherwise the masked loop casts straight from src, reading each element just before
# its write. Here a one-element int64 array (1-D, broadcast along the destination) goes into a float16 view of its
# own bytes: NumPy reads it again for every element it writes: 1.0 (0x3c00), then 15360.0 (0x7380) from the
# changed bytes, then inf twice. Found by the property test (NumPy 2, seed 301); a known divergence until the
# engine cast in NumPy's masked loop instead of into a temporary first.
import numpy as np
v0 = np.array(1)
v1 = v0.reshape(1)
v6 = v1.view('float16')
np.copyto(v6, v1, where=v6 > -1)
b = v1.view(np.uint16)
# Two dimensions: the overlapping source is copied (cast into dst's dtype) before the masked copy.
w = np.arange(8, dtype=np.int64).reshape(2, 4)
x = w.view('float16')[:, :4]
np.copyto(x, w[:, :1], where=x > -1)
c = w.view(np.uint16)
