# numpy: >=2
# float + and * of two NaNs (x payload 1, y payload 2) in contiguous runs. NumPy 2 with AVX2 takes x's NaN up to the
# last whole block of 64 bytes (two vectors: 8 float64, 16 float32) of a run longer than one block, y's past it, and
# y's throughout against a repeated scalar y (a repeated x: x's). With AVX-512 the block is 64 bytes too (one
# vector there; measured 2026-12-06). Engine: semantics::float_sum_product_tail_y_first_after_bytes. NumPy 2's
# baseline loops (no AVX2) take y's NaN over whole pairs of 16-byte vectors and a last whole vector (not a float64
# product's), x's over the scalar tail, the other way round against a repeated y, whatever the alignment (measured
# 2026-12-08: semantics::float_sum_product_baseline_order). NumPy 1.24's loops peel to an aligned output address, so
# which NaN they pass on depends on where the allocator put the arrays (two NumPy 1.24 processes differ on this very
# case): not modelled, and the case runs on NumPy 2 only.
import numpy as np
x_bits = np.array([9221120237041090561] * 40, dtype=np.uint64)
y_bits = np.array([9221120237041090562] * 40, dtype=np.uint64)
x = x_bits.view(np.float64)
y = y_bits.view(np.float64)
sum_5 = (x[:5] + y[:5]).view(np.uint64)
product_5 = (x[:5] * y[:5]).view(np.uint64)
sum_8 = (x[:8] + y[:8]).view(np.uint64)
product_8 = (x[:8] * y[:8]).view(np.uint64)
sum_9 = (x[:9] + y[:9]).view(np.uint64)
product_9 = (x[:9] * y[:9]).view(np.uint64)
sum_15 = (x[:15] + y[:15]).view(np.uint64)
product_15 = (x[:15] * y[:15]).view(np.uint64)
sum_16 = (x[:16] + y[:16]).view(np.uint64)
product_16 = (x[:16] * y[:16]).view(np.uint64)
sum_17 = (x[:17] + y[:17]).view(np.uint64)
product_17 = (x[:17] * y[:17]).view(np.uint64)
sum_33 = (x[:33] + y[:33]).view(np.uint64)
product_33 = (x[:33] * y[:33]).view(np.uint64)
difference_17 = (x[:17] - y[:17]).view(np.uint64)
quotient_17 = (x[:17] / y[:17]).view(np.uint64)
y_cell = y[0:1].reshape(())
x_cell = x[0:1].reshape(())
sum_with_y_cell_8 = (x[:8] + y_cell).view(np.uint64)
sum_with_y_cell_12 = (x[:12] + y_cell).view(np.uint64)
product_with_y_cell_12 = (x[:12] * y_cell).view(np.uint64)
sum_with_x_cell_12 = (x_cell + y[:12]).view(np.uint64)
z = x[:17].copy()
z += y[:17]
z_bits = z.view(np.uint64)
x32 = np.array([2143289345] * 40, dtype=np.uint32).view(np.float32)
y32 = np.array([2143289346] * 40, dtype=np.uint32).view(np.float32)
sum32_16 = (x32[:16] + y32[:16]).view(np.uint32)
product32_16 = (x32[:16] * y32[:16]).view(np.uint32)
sum32_17 = (x32[:17] + y32[:17]).view(np.uint32)
product32_17 = (x32[:17] * y32[:17]).view(np.uint32)
sum32_20 = (x32[:20] + y32[:20]).view(np.uint32)
product32_20 = (x32[:20] * y32[:20]).view(np.uint32)
sum32_31 = (x32[:31] + y32[:31]).view(np.uint32)
product32_31 = (x32[:31] * y32[:31]).view(np.uint32)
sum32_33 = (x32[:33] + y32[:33]).view(np.uint32)
product32_33 = (x32[:33] * y32[:33]).view(np.uint32)
y32_cell = y32[0:1].reshape(())
sum32_with_y_cell_20 = (x32[:20] + y32_cell).view(np.uint32)
w = x32[:20].copy()
w *= y32_cell
w_bits = w.view(np.uint32)
