# promotion: int32 + 2**31 (does not fit int32) becomes int64; int16 + 32767 stays int16 (wraps);
# uint16 + 65536 becomes uint32; uint32 + -1 becomes int64.
import numpy as np
np.array([1, 2], dtype=np.int32) + 2147483648
np.array([1, 2], dtype=np.int16) + 32767
np.array([1, 2], dtype=np.uint16) + 65536
np.array([1, 2], dtype=np.uint32) + -1
