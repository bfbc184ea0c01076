# numpy: >=2
# NumPy 2's default sort of float32 with both zeros: x86-simd-sort's networks (16 lanes a vector with AVX-512, 8 with
# AVX2; up to 512 and 256 elements) rewrite equal pairs as two copies of the second operand of each compare-exchange,
# and longer lanes are partitioned first. NaNs become one canonical NaN at the end. (NumPy 1.24 sorts float32 with its
# own AVX-512 kernel, which the engine does not replay: docs/oracles.md.)
import numpy as np
a = np.array([0.0, -0.0, 1.0, -0.0, 0.0, -1.0, -0.0, 0.0, np.nan, 2.0, -0.0], dtype=np.float32)
s = np.sort(a)
s_bits = s.view(np.uint32)
long = np.array([0.0, -0.0, 1.0, -0.0, 0.0, -1.0, -0.0, 0.0, 0.0, 2.0, -0.0, 3.0, -2.0] * 100, dtype=np.float32)
long.sort()
long_bits = long.view(np.uint32)
heap = np.sort(np.array([-0.0, 0.0, 0.0, -0.0, 4.0] * 9, dtype=np.float32), kind='heapsort')
heap_bits = heap.view(np.uint32)
