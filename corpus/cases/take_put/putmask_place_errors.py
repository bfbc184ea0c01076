# take_put: putmask and place refuse a mask of another size (ValueError), a read-only target (ValueError),
# and a values array that does not cast safely (TypeError); place with no values and a true mask is
# ValueError, with an all-false mask nothing happens.
import numpy as np
a = np.arange(6)
# expect: ValueError
np.putmask(a, [True, False], 1)
# expect: TypeError
np.putmask(a, a > 2, np.array([1.5]))
np.putmask(a, a > 2, 1.5)
# expect: ValueError
np.place(a, a >= 1, [])
np.place(a, a > 90, [])
ro = np.arange(3)
ro.flags.writeable = False
# expect: ValueError
np.place(ro, [1, 0, 0], [5])
# expect: ValueError
np.putmask(ro, [1, 0, 0], 5)
# expect: TypeError
np.place([1, 2], [1, 0], [7])
