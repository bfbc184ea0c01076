# flags: `b = a` makes an alias (same object, same id); a write through b is a write to a;
# rebinding b to a slice makes b a view with base a and breaks the alias.
import numpy as np
a = np.arange(5)
b = a
id(a) == id(b)
b[0] = 10
a
b = a[1:]
b is a
b.base is a
id(a) == id(b)
