# real_imag: every access to z.real makes a new view object; a view of a view (z[::2].real) still
# has base z; .real of the float view is that view itself.
import numpy as np
z = np.array([1 + 2j, 3 - 4j, 5 + 6j])
r1 = z.real
r2 = z.real
r1 is r2
s = z[::2].real
s.base is z
s.strides
rr = r1.real
rr is r1
