# numpy: <2
# setitem, known divergence (NumPy 1.24): a fancy assignment into an int8 view whose position selects a block,
# from one float32 element of the same memory broadcast across the whole block (a cast). The engine casts the value
# one inner run at a time (fancy_setitem_of_a_cast_block_rereads_an_overlapping_value_per_run.py), so every element
# of a run gets the same value; NumPy 1.24 gives the elements of the second run different values, so it re-reads
# the value within a run as the int8 writes change its bytes. Found by the property test (NumPy 1.24, seed 155,
# third program); not modelled: how NumPy's cast of a stride-0 source into a strided run reads it.
import numpy as np
v0 = np.arange(36, dtype='float32').reshape((3, 3, 1, 2, 2, 1), order='C')
v1 = v0.reshape((-1, 2, 1, 3), order='C')
v2 = v1[-5, -2][-8::1, -3]
v3 = v1.view('int8')
v1 = v3[:-4:1,]
v1[-8:, [-2]] = v2
