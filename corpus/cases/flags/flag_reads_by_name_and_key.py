# Every flag NumPy's flags object reads, by attribute and by key ('W', 'WRITEABLE', 'CA', ...): ALIGNED follows
# the first element's address and the strides of the axes longer than 1 (a byte-offset view of a wider dtype is
# not aligned; an empty array always is), the combined flags (BEHAVED, CARRAY, FARRAY, FNC, FORC) derive from
# the bits, WRITEBACKIFCOPY is never set on what a case can reach. An unknown key is a KeyError.
import numpy as np
a = np.arange(12.0).reshape(3, 4)
f = np.asfortranarray(a)
b = a.view(np.uint8)[:, 1:9].view(np.float64)
w = a.flags['W']
c = a.flags['C_CONTIGUOUS']
x = a.flags['X']
al = b.flags.aligned
ak = b.flags['A']
ca = a.flags.carray
fa = f.flags.farray
fk = f.flags['FA']
fnc = f.flags.fnc
forc = a.T.flags.forc
be = b.flags.behaved
bk = a[::2].flags['B']
co = f.flags.contiguous
fo = f.flags.fortran
wb = a.flags.writebackifcopy
e = np.zeros((0, 3), dtype=np.int32).view(np.int8)[:, 1:5].view(np.int32)
ea = e.flags.aligned
sa = np.float64(2.0).flags['A']
one = np.arange(3, dtype=np.int8).view(bool).flags.aligned
u = a.flags['Q']
v = a.flags['w']
# NumPy's FARRAY getter tests whether ANY of ALIGNED, WRITEABLE, F_CONTIGUOUS is set (and not C_CONTIGUOUS): a
# read-only broadcast view reads True (found by the property test, seeds 501 and 502).
z = np.broadcast_to(np.arange(1.0).reshape(()), (3,))
zf = z.flags['FA']
zb = z.flags.farray
