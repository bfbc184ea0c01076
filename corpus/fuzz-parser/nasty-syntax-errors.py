import numpy as np
x = 1 2
y = a[]
z = f(a=1, 2)
