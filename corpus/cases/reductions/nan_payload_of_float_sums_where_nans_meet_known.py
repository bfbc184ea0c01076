# Which NaN a float32/float64 sum passes on where NaNs of different payloads meet (element i holds payload i + 1,
# read through a uint64 view). The engine follows NumPy's runs and pairwise sums (float_sums_pairwise_over_
# numpys_runs.py) and takes the running value's NaN at every add of a reduce call; NumPy's compiled pairwise sum
# does not everywhere: a 280-element pairwise sum passes on the NaN of element 80 (the add of two halves took the
# second half's at one level and the first half's at the other). Not modelled: the order the compiler gave each add
# in the pairwise recursion. (NumPy 1.24's float loops pass on NaNs by the arrays' alignment: not modelled either.)
import numpy as np
p = (np.arange(1, 281, dtype=np.uint64) | np.uint64(0x7ff8000000000000)).view(np.float64)
v = np.where(np.arange(280) % 5 == 0, p, np.float64(1.5))
halves = np.array(v.reshape((2, 140)).T.sum()).view(np.uint64)
