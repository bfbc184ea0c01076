# where= of every reduction: a mask broadcast to the input (not to the result), whose False elements are left out;
# the output starts from the identity or initial=, so max and min need initial= (ValueError without). The literal
# True is no mask at all (np.True_ is a mask: max then needs initial=). A mask must cast to bool safely: an integer
# array is TypeError, while a list of integers is converted as np.asarray(x, dtype=bool) would.
import numpy as np
i = np.arange(6).reshape(2, 3)
x = np.arange(6.0).reshape(2, 3)
a = np.sum(i, where=[True, False, True])
b = np.sum(i, axis=0, where=[[True], [False]])
c = np.prod(i + 1, axis=1, where=[False, True, True], keepdims=True)
d = np.max(x, axis=1, where=[True, False, True], initial=-5)
e = np.max(x, where=[True, False, True])
f = np.max(x, where=True)
g = np.max(x, where=np.True_)
h = np.any(i, where=[False, True, False])
k = np.all(i, axis=0, where=[False, True, False])
l = np.sum(i, where=[1, 0, 1])
m = np.sum(i, where=np.array([1, 0, 1]))
n = np.sum(i, where=[True, False])
o = np.sum(x, where=[[[True]]])
p = np.sum(x, where=False, initial=7)
q = np.maximum.reduce(x, where=[True, False, True], initial=-1)
r = np.add.reduce(x, where=[True, False, True], initial=-1, axis=None)
s = x.min(where=x > 2, initial=10, axis=0)
t = np.sum(i, initial=None, where=[True, False, True])
u = np.sum(x, axis=1, where=[True, False, True], out=np.full(2, 7.0))
w = np.sum(np.ones((2, 3)), axis=1, where=[[False] * 3, [True] * 3], out=np.full(2, 7.0))
# A 0-d array's mean with where= counts its items with the ufunc's reduce, which takes axis=0 of a 0-d array as
# axis=None; without where= mean counts them per axis, so axis=0 is an AxisError (property test, NumPy 2, seed 1145).
z = np.array(2.5)
v = z.mean(axis=0, keepdims=True, where=z != 0)
y = z.mean(axis=0)
# where=None is np.asarray(None, dtype=bool), a False mask (a ufunc's too), except for mean, which first counts
# its items by summing np.asarray(None) (an object array) in intp: TypeError.
wa = np.sum(x, where=None)
wb = np.max(x, where=None, initial=0)
wc = np.add(x, 1, where=None, out=np.zeros((2, 3)))
wd = np.mean(x, axis=0, where=None)
