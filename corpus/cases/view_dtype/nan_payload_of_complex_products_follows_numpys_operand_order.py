# Which NaN a complex product passes on when several parts of its operands are NaN with different payloads: the
# first NaN in the order of NumPy's loop (re = ar*br - ai*bi, im = ar*bi + ai*br, each instruction passing on its
# first NaN operand): ar, then y's part, then the cross product, whose own order NumPy 2 takes with y's part first
# and NumPy 1.24 with x's (engine: semantics::complex_cross_products_y_first). Element k of x and y below has the
# NaNs of the bits of k: ar (1), ai (2), br (4), bi (8), payloads 1 to 4; the other parts are 1.5 and 2.5.
import numpy as np
x_bits = np.array([1069547520, 1075838976, 4290772993, 1075838976, 1069547520, 4290772994, 4290772993, 4290772994] * 4, dtype=np.uint32)
y_bits = np.array([1069547520, 1075838976] * 4 + [4290772995, 1075838976] * 4 + [1069547520, 4290772996] * 4 + [4290772995, 4290772996] * 4, dtype=np.uint32)
x = x_bits.view(np.complex64)
y = y_bits.view(np.complex64)
product = x * y
product_bits = product.view(np.uint32)
# The same 16 products with the 4-element vector loop's tail and the scalar path of a strided output.
tail = x[:3] * y[:3]
strided_out = np.zeros(32, dtype=np.complex64)
written = np.multiply(x, y, out=strided_out[::2])
# A square, and a product with itself, of elements whose two parts are both NaN (4 elements: one vector of NumPy 2's
# loop); in place too.
z = np.array([4290772993, 4290772994] * 4, dtype=np.uint32).view(np.complex64)
square = np.square(z)
square_bits = square.view(np.uint32)
z *= z
z_bits = z.view(np.uint32)
