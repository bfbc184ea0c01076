import numpy as np
aÿ = 1
print('Ã( ¡')
