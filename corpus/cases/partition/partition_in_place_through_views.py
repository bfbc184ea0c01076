# a.partition(kth) rearranges each lane along the axis in place - through a view too, into its base's memory - so
# that the kth element is where a sort would put it, smaller ones before and larger ones after, in the order NumPy's
# introselect leaves them (8-bit integers and bools under both NumPys; every dtype under NumPy 1.24; several kth
# share the pivots found on the way). It returns None; a read-only array refuses (ValueError).
import numpy as np
a = np.array([9, 3, 7, 1, 8, 2, 6, 4, 5, 0, 12, 11, 10, 15, 14, 13], dtype=np.int8)
r = a.partition(6)
base = np.array([5, 1, 4, 2, 3, 0, 9, 7, 8, 6] * 3, dtype=np.uint8)
view = base[::2]
view.partition([2, 9])
m = (np.arange(24, dtype=np.int8).reshape(4, 6) * 7) % 11
m.partition(2, axis=0)
m.T.partition(3)
b = np.array([True, False, True, False, False, True])
b.partition(2)
ro = np.arange(5, dtype=np.int8)
ro.flags.writeable = False
ro.partition(1)
