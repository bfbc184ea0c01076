# concatenate_copyto: the result dtype is the promotion of the inputs (array rules, lists become
# int64/float64 arrays first): int8+uint8 -> int16, int16+uint16 -> int32, uint64+int64 -> float64,
# float32+complex64 -> complex64, int64+complex64 -> complex128, bool+int8 -> int8.
import numpy as np
np.concatenate([np.arange(2, dtype=np.int8), np.arange(2, dtype=np.uint8)]).dtype
np.concatenate([np.zeros(1, np.int16), np.zeros(1, np.uint16)]).dtype
np.concatenate([np.zeros(1, np.uint64), np.zeros(1, np.int64)]).dtype
np.concatenate([np.zeros(1, np.float32), np.zeros(1, np.complex64)]).dtype
np.concatenate([np.zeros(1, np.int64), np.zeros(1, np.complex64)]).dtype
np.concatenate([np.zeros(1, bool), np.zeros(1, np.int8)]).dtype
x = np.concatenate([np.arange(2, dtype=np.int8), [1000]])
x
np.concatenate([np.zeros(1, np.float32), [1.5]]).dtype
