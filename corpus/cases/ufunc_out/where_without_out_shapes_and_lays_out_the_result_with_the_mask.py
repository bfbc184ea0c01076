# ufunc_out: a ufunc with where= and no out= gives a result of the shape the inputs and the mask broadcast to, laid
# out by NumPy's iterator with the mask among its operands (never the trivial loop): an F-ordered (4, 5, 1, 1) input
# gives strides (16, 64, 16, 16) (the length-1 axes sort fastest), a 0-d input with a (1,) mask a (1,) array, a (3,)
# input with a (2, 3) mask a (2, 3) result. The masked-out values are uninitialised and never compared. (Found with
# the generator's masked fresh results: the engine had left the mask out of the result's shape and layout.)
import numpy as np
v = np.full((4, 5, 1, 1), 2.5j, order='F')
r = np.add(v, 2.5, where=[False])
s = np.less(np.zeros((), dtype=np.int8), 8, where=[True])
t = np.negative(np.arange(3.0), where=np.ones((2, 3), dtype=bool))
