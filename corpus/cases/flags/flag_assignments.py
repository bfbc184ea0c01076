# The flags object's setters: WRITEABLE (flags.writeable, flags['W']), ALIGNED (False always; True only for
# aligned memory, else ValueError) and WRITEBACKIFCOPY (True is ValueError, False does nothing); every other flag
# has no setter (AttributeError), and a NumPy scalar's flags cannot be set. setflags(align=) as well; a failing
# uic= or write= puts back the flags it had changed (aligned included).
import numpy as np
a = np.arange(6.0)
a.flags['W'] = False
r = a.flags.writeable
a.flags['WRITEABLE'] = True
a.flags.aligned = False
s = a.flags.aligned
a.flags['A'] = True
t = a.flags['A']
a.flags.writebackifcopy = False
a.flags.writebackifcopy = True
a.flags['X'] = True
a.flags.c_contiguous = False
a.flags.owndata = True
a.flags['C'] = True
b = a.view(np.uint8)[1:9].view(np.float64)
b.flags.aligned = True
b.flags['ALIGNED'] = False
c = b.flags.aligned
a.setflags(align=False, uic=True)
d = a.flags.aligned
v = a[1:]
v.flags.writeable = False
a.flags.writeable = False
v.setflags(write=True, align=False)
g = v.flags.aligned
v.setflags(align=False)
h = v.flags.aligned
v.strides = (8,)
i = v.flags.aligned
n = np.float64(1.0)
n.flags.aligned = True
n.flags.fnc = True
