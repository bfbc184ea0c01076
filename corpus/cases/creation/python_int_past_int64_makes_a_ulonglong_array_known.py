# Known divergence (both NumPys; listed in corpus/expected-divergences/). A Python int past int64 (2**63 to 2**64 - 1)
# with no dtype asked for makes an np.ulonglong array: a dtype of its own, equal to np.uint64 (whose arrays are
# np.ulong, a distinct built-in descriptor) but not identical to it. So np.asarray(q, dtype=np.uint64) is a view
# of q, not q itself; the type spreads through views, copies, reductions and most ufuncs (NumPy 1.24's
# value-based casting makes u + 2**63 one too). The engine has one uint64 and returns q itself.
import numpy as np
q = np.full(2, 2 ** 63)
r = np.asarray(q, dtype=np.uint64)
