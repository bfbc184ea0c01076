import numpy as np
a = np.arange(3)
b = -(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[-(a[0]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T]).T + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a + a
c = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not a, [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
