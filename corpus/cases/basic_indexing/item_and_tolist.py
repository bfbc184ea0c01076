# basic_indexing: item() with a flat index, a multi-index or a negative index gives a Python
# scalar; tolist() gives nested Python lists; 0-d item() and tolist() give a Python scalar.
import numpy as np
m = np.arange(6).reshape(2, 3)
m.item(4)
m.item(1, 2)
m.item(-1)
m.tolist()
np.array(3.5).item()
np.array(3).tolist()
np.array([1 + 2j], dtype=np.complex64).item(0)
np.array([True]).item(0)
np.arange(3, dtype=np.uint16).item(1)
