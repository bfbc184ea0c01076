# creation: np.array of a list of arrays of two dimensions and more: every leaf's shape is compared with the
# shape found so far, axis by axis after the list's own (a list of two 3 x 3 arrays is 2 x 3 x 3; one of another
# shape makes the list ragged: ValueError). Found by the mutation helper (array_coercion.cpp: the axis a leaf's
# extent is compared at).
import numpy as np
p = np.zeros((3, 3))
q = np.ones((3, 3))
a = np.array([p, q])
r = np.arange(8).reshape(2, 4)
b = np.array([r, r, r])
c = np.array([[p, q]])
d = np.array([p, np.zeros((3, 4))])
