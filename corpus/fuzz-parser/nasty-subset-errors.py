import numpy as np
import os
x = a.mean()
y = a / 2
z = lambda: 1
