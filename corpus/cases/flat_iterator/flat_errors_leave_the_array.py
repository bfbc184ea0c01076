# A flat iterator refuses an index beyond the array's size (IndexError), two index items or np.newaxis
# (IndexError); writes refuse a read-only array (ValueError, before the index or the value is looked at), and a
# failed write leaves the array as it was.
import numpy as np
a = np.arange(6)
a.flat[6]
a.flat[-7]
a.flat[1, 2]
a.flat[None]
a.flat[10] = 1
r = np.arange(4)
r.flags.writeable = False
r.flat[0] = 5
r.flat = 3
r.flat[9] = 1
one = a.flat[(1,)]
# A Python list of bools: NumPy 2 refuses it (IndexError), NumPy 1.24 reads it as the positions 0 and 1; an array
# of bools is a mask under both (property test, seed 708).
picked = a.flat[[True, False, True, False, True, False]]
masked = a.flat[np.array([True, False, True, False, True, False])]
a.flat[[True, True, False, False, False, False]] = 9
# An integer position takes one value: a scalar or a 0-d array; a list or tuple is ValueError, and so is an array
# of one element under NumPy 2 (NumPy 1.24 takes it) (property test, seed 709).
a.flat[1] = np.array(7)
a.flat[2] = 7.9
a.flat[3] = [8]
a.flat[4] = np.array([9])
a.flat[5] = np.array([1, 2])
# One element of a bool array takes the value's truth (BOOL_setitem), whatever the value: a list of two is True, an
# empty one False, an array of two elements raises (property test, seeds 710 and 711).
flags = np.zeros(4, dtype=bool)
flags.flat[0] = [5, 6]
flags.flat[1] = []
flags.flat[2] = np.array([1])
flags.flat[3] = np.array([1, 1])
# NumPy 1.24 converts a one-element array with dimensions through int() or float(): a complex one fails for every
# real dtype (ValueError) but bool, which takes its truth; a 0-d complex array is cast (property test, seed 20
# under 1.24). NumPy 2 refuses the arrays with dimensions anyway.
f = np.zeros(3)
f.flat[1] = np.array([[1j]])
f.flat[2] = np.array([1 + 0j])
f.flat[0] = np.array(2 + 0j)
i8 = np.zeros(3, dtype=np.int8)
i8.flat[1] = np.array([1j])
bo = np.zeros(3, dtype=bool)
bo.flat[1] = np.array([[1j]])
c8 = np.zeros(3, dtype=np.complex64)
c8.flat[1] = np.array([[1j]])
