# numpy: <2
# The array-API device NumPy 2 added is unknown to NumPy 1.24: device= is TypeError (an unexpected keyword, also
# device=None and device='cpu'), and x.device and x.to_device are AttributeError.
import numpy as np
a = np.arange(6.)
# expect: TypeError
np.zeros(3, device='cpu')
# expect: TypeError
np.asarray(a, device=None)
# expect: TypeError
np.linspace(0, 1, 3, device='cpu')
# expect: TypeError
np.full_like(a, 1, device='cpu')
# expect: AttributeError
a.device
# expect: AttributeError
a.to_device('cpu')
