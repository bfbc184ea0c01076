# On this LP64 target np.int64 is C long ('l') and np.longlong C long long ('q'): equal dtypes, both printed int64,
# but two built-in descriptor objects (and 'L', 'Q' for uint64). np.asarray(x, dtype=d) returns x itself only for
# x's identical descriptor, so 'q' of a long array is a view, 'q' again of that view is the view itself, and 'l'
# or 'i8' of it a view again. '<q' and 'longlong' name the same object as 'q'; '>q' is a new one each time.
import numpy as np
l = np.arange(3)
q = np.asarray(l, dtype='q')
q2 = np.asarray(q, dtype='q')
q3 = np.asarray(q, dtype='<q')
q4 = np.asarray(q, dtype='longlong')
l2 = np.asarray(q, dtype='l')
l3 = np.asarray(q, dtype='i8')
s = np.asarray(l, dtype='>q')
u = np.arange(3, dtype='u8')
uq = np.asarray(u, dtype='Q')
uq2 = np.asarray(uq, dtype='ulonglong')
t = np.asarray(q, dtype=q.dtype)
v = q.view('l')
w = np.asarray(v, dtype='q')
x = q.astype('q', copy=False)
