import numpy as npa = 1
