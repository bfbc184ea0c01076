# squeeze with an integer axis on a 0-d array: NumPy accepts axis 0 and -1 and returns the same object,
# while a tuple axis (0,) raises AxisError. (Found by the RapidCheck property test.)
import numpy as np
z = np.array(5)
s = z.squeeze(axis=0)
s is z
t = np.squeeze(z, axis=-1)
# expect: AxisError
u = z.squeeze(axis=(0,))
