# numpy: <2
# setitem, known divergence (NumPy 1.24): a fancy assignment into an array in swapped byte order whose positions
# each select a block (a slice beside the index list) from a native value that views the same memory and
# broadcasts across the block. NumPy 1.24 reads the value as the writes go (later rows of the block see the bytes
# earlier rows wrote, swapped), although the value needs a cast, which the engine models as read before the
# writes (NumPy's buffered cast) except per position. Found by the property test (NumPy 1.24, seed 155); not
# modelled: when NumPy's subspace iterator refills its cast buffer within one block is not worked out.
import numpy as np
v0 = np.arange(36, dtype='float32').reshape((3, 3, 1, 2, 2, 1), order='C')
v1 = v0.reshape((-1, 2, 1, 3), order='C')
v2 = v1[-5, -2][-8::1,]
v3 = v1.newbyteorder()
v1 = v3[:,]
v1[-8:, [-2]] = v2
