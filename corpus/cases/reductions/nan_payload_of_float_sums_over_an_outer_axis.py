# Which NaN a float64 sum over an outer axis passes on where NaNs of different payloads meet (element i holds
# payload i + 1): NumPy runs its add loop on each row (out = out + row), and the engine runs its own model of that
# loop on the same rows. NumPy 2 with AVX2 or AVX-512 passes on the new element's NaN past the last whole 64-byte
# vector (column 8 of 9 keeps the last row's NaN), which the engine models; NumPy 2's baseline loops take the new
# element's NaN over their whole pairs of 16-byte vectors instead, whatever the alignment (measured 2026-12-08, also
# modelled); NumPy 1.24's pass NaNs on by the output's alignment (so its answer changes from run to run: NumPy 2
# only here).
# numpy: >=2
import numpy as np
q = (np.arange(1, 28, dtype=np.uint64) | np.uint64(0x7ff8000000000000)).view(np.float64)
nan_columns = q.reshape((3, 9)).sum(axis=0).view(np.uint64)
