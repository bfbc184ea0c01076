# scalars: NumPy has two bool scalar objects, np.True_ and np.False_; np.bool_(x), comparisons, any()/all()
# and reading a bool element all return one of them, so `is` holds between any two equal bool scalars. Other
# NumPy scalars are new objects each time (not compared here: CPython may or may not reuse them). np.True_ as
# an index is a mask of the whole array, as True is.
import numpy as np
a = np.arange(4)
t = np.True_
f = np.False_
x1 = np.bool_(True) is np.bool_(1)
x2 = np.bool_(0) is f
x3 = (a > 1).any() is t
x4 = (a > 5).all() is np.False_
x5 = (a == a)[2] is t
x6 = np.bool_(2.5) is np.bool_(3)
x7 = t is f
b = a[np.True_]
c = a[np.False_]
a[np.True_] = 7
