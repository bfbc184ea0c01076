import numpy as np
a = 1 + \
    2
b = a \ 
c = 3 + \