# Known divergence (both NumPys; corpus/expected-divergences/): a masked copy from a one-element int64 array (1-D,
# broadcast along the destination) into a float16 view of its own bytes. NumPy's PyArray_AssignArray does not copy a
# 1-D source stepping the destination's way, and its masked cast reads the source element again for every element it
# writes: 1.0 (0x3c00), then 15360.0 (0x7380) from the changed bytes, then inf twice. The engine casts the source once
# before the masked write. Found by the property test (NumPy 2, seed 301, with a 1-D source after the 0-d one was
# fixed). Not modelled: which masked cast loops re-read a stride-0 source.
import numpy as np
v0 = np.array(1)
v1 = v0.reshape(1)
v6 = v1.view('float16')
np.copyto(v6, v1, where=v6 > -1)
b = v1.view(np.uint16)
