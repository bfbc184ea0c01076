# A lane longer than x86-simd-sort's networks sort whole (512, 64-bit: 256, with AVX-512; 256 and 64 with AVX2) is
# partitioned in vectors by NumPy 2's quickselect: each vector's elements below the pivot stored at the left in lane
# order, the others at the right (in reverse lane order with AVX2, which stores permuted vectors), the outer vectors
# last. The engine replays those stores (engine/src/simd_quickselect.hpp); NumPy 1.24 runs its introselect.
# float16 compares on the bits and counts a negative element equal to the pivot as below it. Integer-valued floats
# only: the order of -0.0 and 0.0 is the build's.
import numpy as np
base = np.arange(3000) * 7919 % 1000 - 300
i32 = base[:1000].astype(np.int32)
i32.partition(400)
u16 = (base[:700] % 97).astype(np.uint16)
u16.partition(-5)
h = (np.arange(1025) * 7919 % 50 - 16).astype(np.float16)
h.partition(3)
f32 = base[:2049].astype(np.float32)
f32[::17] = np.nan
f32.partition(1000)
past_the_nans = base[:600].astype(np.float32)
past_the_nans[::5] = np.nan
past_the_nans.partition(590)
i64 = np.partition(base[:300], 7)
f64 = np.partition(base[:90].astype(np.float64), 44)
few_values = np.partition(base % 3, 1500)
# Lanes through views: along the columns of a transposed array, every third element, another byte order.
m = base[:2400].reshape(3, 800).T.astype(np.int32)
m.partition(200, axis=0)
strided = base.copy()
strided[::3].partition(-100)
swapped = base[:1200].astype('>i4')
swapped.partition(600)
flat = np.partition(base[:2000].reshape(40, 50).astype(np.float64), 999, axis=None)
