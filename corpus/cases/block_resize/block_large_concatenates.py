# Above 2 * 512 * 512 (list depth times the elements) np.block concatenates level by level instead of filling an
# empty array: the layout is then np.concatenate's (F-ordered leaves stacked along the first axis stay F), where
# below it only all-F leaves give F.
import numpy as np
f = np.asfortranarray(np.ones((300, 500)))
c = np.ones((300, 500))
big = np.block([[f], [f]])
mixed = np.block([[f], [c]])
small = np.block([[f[:10]], [c[:10]]])
