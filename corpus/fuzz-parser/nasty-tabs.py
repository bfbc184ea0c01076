import numpy as np
a	=	np.arange(3)	# tab
b = np.zeros(
	3)
	c = 1
