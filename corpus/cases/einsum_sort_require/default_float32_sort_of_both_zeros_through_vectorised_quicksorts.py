# The default sort of float32 with both zeros, read back through an integer view. NumPy 2 runs x86-simd-sort (16
# lanes a vector with AVX-512, 8 with AVX2; networks up to 512 and 256 elements), NumPy 1.24 with AVX512_SKX its own
# AVX-512 quicksort (networks up to 128 elements, a pivot from elements drawn by a seeded random generator, heapsort
# when partitioning stops making progress, as with many equal values). In both, compare-exchanges between vectors take
# min and max with the CPU's instructions, which return the second operand where both compare equal, so equal pairs
# come out as two copies of one zero; longer lanes are partitioned first. NaNs become one canonical NaN at the end.
# Without those CPU features both run the introsort, which keeps every bit.
import numpy as np
a = np.array([0.0, -0.0, 1.0, -0.0, 0.0, -1.0, -0.0, 0.0, np.nan, 2.0, -0.0], dtype=np.float32)
s = np.sort(a)
s_bits = s.view(np.uint32)
long = np.array([0.0, -0.0, 1.0, -0.0, 0.0, -1.0, -0.0, 0.0, 0.0, 2.0, -0.0, 3.0, -2.0] * 100, dtype=np.float32)
long.sort()
long_bits = long.view(np.uint32)
heap = np.sort(np.array([-0.0, 0.0, 0.0, -0.0, 4.0] * 9, dtype=np.float32), kind='heapsort')
heap_bits = heap.view(np.uint32)
few = np.array([-0.0, 0.0, 1.0, 0.0, -0.0, 0.0, 1.0, 1.0, -0.0] * 40, dtype=np.float32)
few_sorted = np.sort(few)
few_bits = few_sorted.view(np.uint32)
