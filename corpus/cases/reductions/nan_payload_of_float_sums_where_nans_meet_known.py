# Which NaN a float32/float64 sum passes on where NaNs of different payloads meet (element i holds payload i + 1,
# read through a uint64 view). The engine follows NumPy's runs and pairwise sums (float_sums_pairwise_over_
# numpys_runs.py) and takes the running value's NaN at every add; NumPy's compiled loops do not everywhere: a
# 280-element pairwise sum passes on the NaN of element 80 (the add of two halves took the second half's at one
# level and the first half's at the other), and a sum over an outer axis of 9 float64 columns passes on the last
# row's NaN in column 8 (the elementwise add loop's tail past its last whole 64-byte vector takes the new element's,
# as NumPy 2's float + does). Not modelled: the order the compiler gave each add in the pairwise recursion.
import numpy as np
p = (np.arange(1, 281, dtype=np.uint64) | np.uint64(0x7ff8000000000000)).view(np.float64)
v = np.where(np.arange(280) % 5 == 0, p, np.float64(1.5))
halves = np.array(v.reshape((2, 140)).T.sum()).view(np.uint64)
q = (np.arange(1, 28, dtype=np.uint64) | np.uint64(0x7ff8000000000000)).view(np.float64)
columns = q.reshape((3, 9)).sum(axis=0).view(np.uint64)
