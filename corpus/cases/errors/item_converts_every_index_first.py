# a.item(*index) as NumPy's array_toscalar runs it: the number of indices picks the form (none, one flat C-order
# position unless the array is 1-d, one per axis, else ValueError), every index is converted (PyArray_PyIntAsIntp:
# bools and np.bool_ refused, operator.index otherwise) before any bound is checked, then the bounds per axis.
import numpy as np
a = np.arange(6).reshape(2, 3)
# expect: TypeError
a.item(100, 'x')
# expect: IndexError
a.item(100, 0)
# expect: TypeError
a.item(True)
# expect: TypeError
a.item(np.bool_(False))
# expect: ValueError
a.item(0, 0, 0)
# expect: OverflowError
a.item(0, 2**63)
b = np.arange(3)
# expect: IndexError
b.item(5)
# expect: IndexError
a.item(6)
x = a.item(np.int8(4))
y = a.item((1, 2))
z = a.item(-1, np.array(-1))
