# A ufunc whose out= overlaps an input it reads in another order gets a temporary copy of out, written back at the
# end by PyArray_AssignArray, which turns a 1-d out stepping backwards round and so reads the copy backwards: its
# cast loop sees a source that is not contiguous and converts float -> uint32 one by one (C's conversion through
# int64, which wraps), where a contiguous cast's vector body gives 2**31. Up to 8,192 elements NumPy copies the
# swapped input first instead (no write-back copy) and casts back through its buffers, in vector runs.
import numpy as np
x = (np.arange(16400) % 3).astype('>u4')
o = x[:8200]
r = np.subtract(x[:8200], 3e9, out=o[::-1], casting='unsafe')
y = (np.arange(16400) % 3).astype('>u4')
p = y[:8200]
q = np.subtract(y[8200:0:-1], 3e9, out=p[::-1], casting='unsafe')
small = (np.arange(200) % 3).astype('>u4')
s = np.subtract(small[:100], 3e9, out=small[:100][::-1], casting='unsafe')
