# np.partition with one kth: NumPy 2's x86-simd-sort quickselect sorts a lane of up to 256 float64 (AVX-512; 64 with
# AVX2) or 512 float32 (256) elements whole with its networks, which rewrite an equal pair of -0.0 and 0.0 as two
# copies of one of them; a longer lane is partitioned in vectors until the stretch holding kth is that short. NumPy
# 1.24's introselect moves elements and keeps every bit (partition_single_kth_simd_quickselect.py).
import numpy as np
a = np.array([0.0, -0.0, 1.0, -0.0, 0.0, -1.0, -0.0, 0.0, 0.0, 2.0, -0.0] * 3)
p = np.partition(a, 10)
p_bits = p.view(np.uint64)
b = np.array([0.0, -0.0, 1.0, -0.0, 0.0, -1.0, -0.0, 0.0, 0.0, 2.0, -0.0, 3.0, -2.0] * 50, dtype=np.float32)
q = np.partition(b, 300)
q_bits = q.view(np.uint32)
c = np.array([-0.0, 0.0, 7.0, -7.0] * 200)
c.partition(-3)
c_bits = c.view(np.uint64)
