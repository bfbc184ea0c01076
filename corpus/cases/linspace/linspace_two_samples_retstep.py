# np.linspace with one step (num=2 with the endpoint, num=1 without it) still divides the span: retstep gives the
# real step, not NaN; the samples are a view of its arange scaled in place.
import numpy as np
a = np.linspace(0, 1, 2, retstep=True)
b = np.linspace(2.0, 5.0, 1, endpoint=False, retstep=True)
c = np.linspace(0, 10, 1, retstep=True)
d = np.linspace([0, 1], [2, 4], 2, retstep=True)
