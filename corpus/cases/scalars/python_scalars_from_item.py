# scalars: item() returns Python scalars (int, float, complex, bool) recorded with their Python type,
# independent of the array afterwards.
import numpy as np
a = np.array([1, 2], dtype=np.uint16)
x = a.item(1)
f = np.array([0.5], dtype=np.float32).item(0)
c = np.array([1 + 2j]).item(0)
b = np.array([True]).item(0)
a[1] = 9
x
