# DIVERGENCE: value after clip (NumPy 1.24 campaign, 2026-12-07): the '>u4' input is copied before the loop (check_for_trivial_loop), so out, its reversed view, is cast in its own order; fixed in f0809b2 by the wrong rule, for the right reason in dd8eb36 (case ufunc_out/input_copied_before_the_loop_leaves_out_in_its_own_order.py)
import numpy as np
from numpy.lib.stride_tricks import as_strided
v5 = np.arange(4, dtype='>u4').reshape((4,), order='A')
v7 = np.copy(v5, order='F')
v7.clip(np.nan, -4.5, out=v7[::-1], casting='unsafe')  # DIVERGENCE: value
