# np.frombuffer of an array is a 1-d view of its bytes from `offset`: based on the array (collapsed to the owner
# for a view), sharing its memory, writeable when the array is, in any dtype whose size divides what is left.
import numpy as np
a = np.arange(6.0)
b = np.frombuffer(a)
b[0] = 7.0
c = np.frombuffer(a, dtype=np.int32, count=3, offset=8)
d = np.frombuffer(a[2:], dtype=np.uint8)
e = np.frombuffer(a.reshape(2, 3), dtype=np.float32, offset=4, count=-1)
r = np.arange(4, dtype=np.int16)
r.flags.writeable = False
f = np.frombuffer(r, dtype=np.int8)
g = np.frombuffer(np.zeros((2, 0)))
# count=0 asks for no element (only a negative count means "all that is left").
h = np.frombuffer(a, count=0)
i = np.frombuffer(a, dtype=np.int16, count=0, offset=6)
