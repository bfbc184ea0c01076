# Which NaN float + and * pass on when both operands are NaN with different payloads (x holds payload 1, y payload 2;
# values compare NaNs equal, so each result is read through a uint64 view). NumPy's loops take x's NaN, except a
# one-element in-place sum (NumPy's reduction path adds y to x), NumPy's scalar math (the operators on two scalars,
# not np.add) and float16's loops, which take y's. Subtraction takes x's everywhere. The engine states the order
# (ufunc.cpp's sum_or_product_x_first), where its compiler would choose. Contiguous runs:
# nan_payload_of_contiguous_float_sums.py.
import numpy as np
x_bits = np.array([9221120237041090561] * 40, dtype=np.uint64)
y_bits = np.array([9221120237041090562] * 40, dtype=np.uint64)
x = x_bits.view(np.float64)
y = y_bits.view(np.float64)
# Strided operands take x's NaN.
strided_sum = (x[::2] + y[1::2]).view(np.uint64)
y_cell = y[0:1].reshape(())
x_cell = x[0:1].reshape(())
# In place, one element: y's NaN for a sum (NumPy's reduction path), x's for a product.
one = x[:1].copy()
one += y[:1]
one_bits = one.view(np.uint64)
cell = x[:1].reshape(()).copy()
cell += y_cell
cell_bits = cell.view(np.uint64)
cell_product = x[:1].reshape(()).copy()
cell_product *= y_cell
cell_product_bits = cell_product.view(np.uint64)
# Scalars: the operators run NumPy's scalar math (y first for + and *), np.add and np.multiply the ufunc loop.
s = x[0]
t = y[0]
scalar_sum_bits = np.array(s + t).view(np.uint64)
scalar_product_bits = np.array(s * t).view(np.uint64)
scalar_difference_bits = np.array(s - t).view(np.uint64)
scalar_with_python_float_bits = np.array(s + t.item()).view(np.uint64)
ufunc_scalar_sum_bits = np.array(np.add(s, t)).view(np.uint64)
ufunc_scalar_product_bits = np.array(np.multiply(s, t)).view(np.uint64)
scalar_with_cell_bits = np.array(s + y_cell).view(np.uint64)
# float16 (its loops compute in float32): y first for + and *, everywhere.
h = np.array([32257] * 20, dtype=np.uint16).view(np.float16)
k = np.array([32258] * 20, dtype=np.uint16).view(np.float16)
half_sum = (h + k).view(np.uint16)
half_product = (h * k).view(np.uint16)
half_difference = (h - k).view(np.uint16)
half_scalar_sum_bits = np.array(h[0] + k[0]).view(np.uint16)
# The property test's program (NumPy 2, seed 117): x86's default NaN from 0/0, then a Python NaN added by scalar math.
v0 = np.arange(1, dtype='>i2').reshape((), order='C')
v1 = v0 / v0
v1 += np.nan
v2 = v1.view('intp')
