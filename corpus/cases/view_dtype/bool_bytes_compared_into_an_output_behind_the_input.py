# A bool comparison of a contiguous run with a stride-0 operand whose byte is neither 0 nor 1 compares the bytes of
# its tail as they are in its SIMD kernel (bool_bytes_against_a_stride_0_operand_in_vector_blocks.py), which runs
# only where the output is apart from the inputs (is_mem_overlap). An output behind the input, handed to the loop
# uncopied (safe element by element), sends it to the scalar kernel, which reads every nonzero byte as True
# (1 < True is False there; the tail's raw bytes say 1 < 0xF0). Measured on both NumPys, 2026-12-06.
import numpy as np
flag = np.array([0xF0], dtype=np.uint8).view(bool)
ones = np.ones(80, dtype=np.uint8).view(bool)
np.less(ones[4:44], np.broadcast_to(flag, (40,)), out=ones[0:40])
ones2 = np.ones(80, dtype=np.uint8).view(bool)
np.equal(ones2[4:74], np.broadcast_to(flag, (70,)), out=ones2[0:70])
apart = np.less(np.ones(40, dtype=np.uint8).view(bool), np.broadcast_to(flag, (40,)))
apart70 = np.equal(np.ones(70, dtype=np.uint8).view(bool), np.broadcast_to(flag, (70,)))
