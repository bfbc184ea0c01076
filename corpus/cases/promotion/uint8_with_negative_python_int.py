# promotion: uint8 + -1 becomes int16 (a negative value needs a signed type) while uint8 - 1 stays
# uint8 (wraps); uint8 + 255 stays uint8 (wraps); uint8 + 256 becomes uint16; uint8 * -1 int16.
import numpy as np
u = np.array([1, 2], dtype=np.uint8)
u + -1
u - 1
u + 255
u + 256
u * -1
