# arithmetic: bool + bool and bool * bool stay bool (logical or / and), bool + int gives int64,
# bool * float float64, bool - bool is TypeError.
import numpy as np
b = np.array([True, False])
b + b
b * b
b + 1
b * 2.5
b + True
b - 1
# expect: TypeError
b - b
b
