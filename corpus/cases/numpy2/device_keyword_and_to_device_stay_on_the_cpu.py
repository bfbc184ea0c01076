# numpy: >=2
# NumPy 2's array-API device: the creation functions and np.asarray take device=None or device='cpu' (another
# value is ValueError), every array and scalar reports x.device == 'cpu', and x.to_device('cpu') is x itself (the
# same object, not a view): a write through it is a write to x. A device other than 'cpu' is ValueError, a
# non-string TypeError, and stream= anything but None ValueError (checked first).
import numpy as np
a = np.zeros((2, 3), device='cpu')
b = np.ones(4, dtype=np.int8, device=None)
c = np.empty((2, 2), order='F', device='cpu')
d = np.full(3, 7.5, device='cpu')
e = np.arange(5, device='cpu')
f = np.eye(3, k=1, device='cpu')
g = np.linspace(0, 1, 5, device='cpu')
h = np.zeros_like(a, device='cpu')
i = np.full_like(f, 2, device='cpu')
j = np.asarray(e, device='cpu')
k = np.asarray(e[::2], device='cpu', copy=True)
where = a.device
t = e.to_device('cpu')
t[0] = 9
v = f[::2].to_device('cpu', stream=None)
s = np.float32(1.5)
u = s.to_device('cpu')
sd = s.device
# expect: ValueError
np.zeros(3, device='gpu')
# expect: ValueError
np.asarray(e, device='CPU')
# expect: ValueError
np.empty_like(a, device=0)
# expect: ValueError
e.to_device('gpu')
# expect: TypeError
e.to_device(None)
# expect: ValueError
e.to_device('gpu', stream=1)
