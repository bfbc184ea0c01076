x = np.array([1, 2)
y = )
z = {1: 2}
