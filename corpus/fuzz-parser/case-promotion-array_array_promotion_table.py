# promotion: array-array promotion ignores values: int8+uint8 -> int16, int8+int32 -> int32,
# uint64+int8 -> float64, float32+int32 -> float64, float32+int16 -> float32, complex64+float32 ->
# complex64, int32+complex64 -> complex128.
import numpy as np
i8 = np.array([1, 2], dtype=np.int8)
u8 = np.array([1, 2], dtype=np.uint8)
i16 = np.array([1, 2], dtype=np.int16)
i32 = np.array([1, 2], dtype=np.int32)
u64 = np.array([1, 2], dtype=np.uint64)
f32 = np.array([1, 2], dtype=np.float32)
c64 = np.array([1, 2], dtype=np.complex64)
i8 + u8
i8 + i32
u64 + i8
f32 + i32
f32 + i16
c64 + f32
i32 + c64
