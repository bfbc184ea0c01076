# errors: TypeError from unknown dtype strings, same_kind casting in place and in copyto, and bool
# subtraction; nothing changes.
import numpy as np
a = np.arange(3)
b = np.array([True, False])
# expect: TypeError
a.astype('notadtype')
# expect: TypeError
a.view('int48')
# expect: TypeError
a += 0.5
# expect: TypeError
np.copyto(a, 2.5)
# expect: TypeError
b -= b
a
b
