# np.linspace builds its samples as NumPy's Python code does: an arange of sample numbers reshaped (a view),
# scaled in place by the step and shifted by start, its last sample set to stop. With one number as the step the
# result is therefore a view whose base is that arange; num <= 1 multiplies by the difference instead (a fresh
# array); axis= moves the axis (another view of the same arange); an integer dtype floors and casts (a copy).
import numpy as np
a = np.linspace(0, 1, 5)
b = np.linspace(0, 1, 5, endpoint=False)
c = np.linspace(0, 1, 1)
d = np.linspace(0, 1, 0)
e = np.linspace(2, 2, 4)
f = np.linspace(0, 10, 4, dtype=int)
g = np.linspace(0, 10, 4, dtype=np.float32)
h = np.linspace(-1.5, 2.5, 9, retstep=True)
i = np.linspace(0, 1, 1, retstep=True)
j = np.linspace(1j, 2, 3)
k = np.linspace(0, 1, 5, axis=-1)
