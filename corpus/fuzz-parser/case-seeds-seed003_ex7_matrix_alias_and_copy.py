# Seed 003 (copying arrays article), example "Copying 2D Arrays": view_copy = matrix (comment:
# "Assignment creates a VIEW") and true_copy = np.copy(matrix). SEED IS WRONG about the name:
# view_copy is the same object as matrix (an alias), not a view. The printed values are as shown.
import numpy as np
matrix = np.array([[100, 55, 66, 44, 77], [22, 88, 11, 33, 99]])
print("Matrix:")
print(matrix)
view_copy = matrix
view_copy[0, 0] = 0
true_copy = np.copy(matrix)
true_copy[0, 0] = -1
print("view_copy (shares memory):", view_copy[0, 0])
print("true_copy (independent):", true_copy[0, 0])
print("Original matrix:", matrix[0, 0])
view_copy is matrix
view_copy.base is None
