import numpy as np
é = np.arange(3)
naïve = é[::-1]
print('π ≈ 3.14 😀', naïve)
# expect: 日本
x = 'é' $
