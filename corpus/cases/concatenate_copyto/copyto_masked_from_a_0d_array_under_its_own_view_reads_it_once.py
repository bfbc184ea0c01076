# copyto: a masked copy from a 0-d int64 array into a float16 view of its own bytes. NumPy's PyArray_AssignRawScalar
# casts a 0-d source of another dtype into a scratch element once, before any write (where the destination has more
# than one element), so every selected element gets 1.0 (0x3c00) although the writes change the source's bytes. The
# engine read the source as it wrote until 2026-12-06. Found by the property test (NumPy 2, seed 301).
import numpy as np
v0 = np.array(1)
v6 = v0.reshape(1).view('float16')
np.copyto(v6, v0, where=np.array([True, False, True, True]))
b = v0.reshape(1).view(np.uint16)
