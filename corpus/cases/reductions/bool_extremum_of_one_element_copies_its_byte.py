# reductions: max and min of a bool view whose bytes are other than 0 and 1. They have no identity: NumPy copies
# each position's first element as it is and runs the loop over the rest, so along a length-1 axis the byte stays
# (0x12, 0xC0 of -4.5), while two or more elements give the loop's 0 or 1; sum, prod, any and all start from their
# identity and always give 0 or 1. Found beside accumulate's first-element copy
# (accumulate/cumsum_of_bool_bytes_copies_each_first_element.py).
import numpy as np
w = np.full((1,), -4.5).view(bool).reshape(1, 8)
h = w.max(axis=0).view(np.uint8)
m = w.min(axis=0, keepdims=True).view(np.uint8)
a = w.sum(axis=0, dtype=bool).view(np.uint8)
b = w.any(axis=0).view(np.uint8)
w3 = np.full((3,), -4.5).view(bool).reshape(3, 8)
f = w3.max(axis=0).view(np.uint8)
k = w3.prod(axis=0, dtype=bool).view(np.uint8)
o = np.zeros(8, dtype=bool)
w.max(axis=0, out=o)
ov = o.view(np.uint8)
