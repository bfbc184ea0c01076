# setitem: repeated positions through index arrays walked backwards in memory. With several index arrays
# (or one with several dimensions) NumPy's iterator walks an axis that every index walks backwards forwards in
# memory instead (the value counts as an operand too), so which write lands last at a repeated position
# follows memory order, not index order.
import numpy as np
m = np.zeros((3, 3), dtype=np.int64)
rows = np.array([0, 2, 0, 1, 0])
cols = np.array([1, 1, 1, 2, 1])
v = np.arange(5)
m[rows[::-1], cols[::-1]] = v[::-1]
m[rows[::-1], cols[::-1]] = v
t = np.zeros(4, dtype=np.int64)
grid = np.array([[3, 1], [3, 0], [1, 3]])
w = np.array([[10, 20], [30, 40], [50, 60]])
t[grid[::-1]] = w[::-1]
t[grid[::-1, ::-1]] = np.array([[1, 2], [3, 4], [5, 6]])
u = np.zeros((2, 5))
u[:, np.array([4, 4, 0, 4])[::-1]] = np.arange(8.0).reshape(2, 4)
