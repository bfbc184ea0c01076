# Generates oracle expectations (C++ table rows) for engine/tests/index_test.cpp from NumPy 1.24.
import numpy as np, sys, warnings
warnings.simplefilter("ignore")  # NumPy only warns for out-of-bounds indices into empty results

def fixtures():
    y = np.arange(20).reshape(4, 5)
    return {
        "x": np.arange(24).reshape(2, 3, 4),
        "a": np.arange(10),
        "y": y,
        "yT": y.T,
        "z": np.array(5),
        "e": np.arange(0).reshape(2, 0),
        "f": np.arange(6, dtype=np.float32).reshape(2, 3),
        "xF": np.asfortranarray(np.arange(24).reshape(2, 3, 4)),
        "ys": np.arange(20).reshape(4, 5)[:, ::2],
        "xr": readonly(np.arange(24).reshape(2, 3, 4)),
    }
def readonly(v):
    v.flags.writeable = False
    return v

class Tr:   # C-ordered array, then transposed (an F-ordered index)
    def __init__(s, v, dt="int64"): s.v, s.dt = v, dt
    def __repr__(s): return "T(%s%s)" % (np.array(s.v, dtype=s.dt).tolist(), "" if s.dt == "int64" else ", " + s.dt)
    def np(s): return np.array(s.v, dtype=s.dt).T
    def cpp(s): return "transposed(%s)" % arr_cpp(np.array(s.v, dtype=s.dt))
class Rv:   # C-ordered array walked backwards along every axis
    def __init__(s, v, dt="int64"): s.v, s.dt = v, dt
    def __repr__(s): return "R(%s%s)" % (np.array(s.v, dtype=s.dt).tolist(), "" if s.dt == "int64" else ", " + s.dt)
    def np(s):
        b = np.array(s.v, dtype=s.dt); return b[(slice(None, None, -1),) * b.ndim]
    def cpp(s): return "reversed_all(%s)" % arr_cpp(np.array(s.v, dtype=s.dt))
class A:    # fresh C-ordered array of a dtype
    def __init__(s, v, dt="int64"): s.v, s.dt = v, dt
    def __repr__(s):
        b = np.array(s.v, dtype=s.dt)
        return "%s(%s)" % (b.dtype.name, b.tolist())
    def np(s): return np.array(s.v, dtype=s.dt)
    def cpp(s): return arr_cpp(np.array(s.v, dtype=s.dt))

def dims(t): return "{" + ",".join(str(int(d)) for d in t) + "}"
def arr_cpp(a):
    as_int = lambda v: "std::numeric_limits<std::int64_t>::min()" if v == -2**63 else str(v)
    vals = ",".join(as_int(int(v)) for v in (a.astype(np.int64) if a.dtype == np.uint64 else a).ravel())
    return "arr(dtype::%s, %s, {%s})" % ("bool_" if a.dtype == bool else a.dtype.name, dims(a.shape), vals)
def opt(v): return "std::nullopt" if v is None else str(v)

def item_cpp(it):
    if isinstance(it, bool): return "arr(dtype::bool_, {}, {%d})" % int(it)
    if isinstance(it, int): return "std::int64_t{%d}" % it
    if isinstance(it, slice): return "slice_spec{%s, %s, %s}" % (opt(it.start), opt(it.stop), opt(it.step))
    if it is Ellipsis: return "ellipsis_index{}"
    if it is None: return "newaxis_index{}"
    if isinstance(it, list): return arr_cpp(np.array(it, dtype=np.intp) if len(it) == 0 else np.asarray(it))
    return it.cpp()
def item_np(it):
    return it.np() if isinstance(it, (A, Tr, Rv)) else it

def esc(s): return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")

def fmt(v):
    return repr(v)

def run(src_name, index, label):
    src = fixtures()[src_name]
    items = index if isinstance(index, tuple) else (index,)
    np_index = tuple(item_np(i) for i in items)
    cpp_items = "{" + ", ".join(item_cpp(i) for i in items) + "}"
    head = '{"%s", "%s", %s, ' % (esc(label), src_name, cpp_items)
    try:
        r = src[np_index] if isinstance(index, tuple) else src[np_index[0]]
    except Exception as e:
        cat = {"IndexError": "index_error", "ValueError": "value_error", "TypeError": "type_error", "OverflowError": "overflow_error"}[type(e).__name__]
        return head + 'error_result{error_category::%s, "%s"}},' % (cat, esc(str(e)))
    if not isinstance(r, np.ndarray):
        return head + 'scalar_result{dtype::%s, %d}},' % (r.dtype.name, int(r))
    owner = src if src.base is None else src.base
    base = "base_kind::none" if r.base is None else ("base_kind::source" if r.base is owner else "base_kind::other")
    return head + "array_result{%s, %s, %s, %s, %s, %s, {%s}}}," % (
        dims(r.shape), dims(r.strides), base, str(r.flags.c_contiguous).lower(), str(r.flags.f_contiguous).lower(),
        str(r.flags.owndata).lower(), ",".join(str(int(v)) for v in r.ravel()))

S = slice
cases = [
    "basic_cases",
    ("x", 1), ("x", -1), ("x", (0, 2)), ("x", (1, -1, -2)), ("x", 5), ("x", -3), ("x", (0, 3)), ("x", (0, 0, 0, 0)),
    ("x", (S(None), 1)), ("x", (Ellipsis, 1)), ("x", (1, Ellipsis, 1)), ("x", Ellipsis), ("x", ()),
    ("x", (0, 0, 0, Ellipsis)), ("x", (Ellipsis, Ellipsis)), ("x", (None, 0, None, S(None), None)),
    ("x", (S(None, None, -1), S(1, None), S(None, None, 2))), ("x", (S(None), S(5, 1))), ("x", (S(None, None, 0),)),
    ("x", (S(None, None, 0), 5)), ("x", (5, S(None, None, 0))), ("x", (S(-100, 100), S(100, -100, -1))),
    ("a", S(2, 8, 3)), ("a", S(8, 2, -3)), ("a", S(None, None, -4)), ("a", S(-3, None)), ("a", S(100, None, -1)),
    ("a", (S(None, None, -2), )), ("yT", (S(None, None, -1), 1)), ("yT", 2), ("xF", (S(None), 1)),
    ("z", ()), ("z", Ellipsis), ("z", None), ("z", (None, Ellipsis, None)), ("z", 0), ("f", (1, 2)), ("f", 1),
    ("a", (None,) * 32), ("a", (None,) * 31), ("a", (None,) * 65),
    "zero_d_integer_array_cases",
    ("x", A(1)), ("x", (A(1), 0)), ("x", (A(1), 0, A(-1))), ("x", (A(1), S(None), 1)), ("a", A(5)),
    ("x", (A(1, "uint8"), Ellipsis)), ("yT", A(1)), ("z", A(0)), ("e", A(1)),
    ("a", A(2**64 - 1, "uint64")), ("a", (A(3, "int8"), Ellipsis)),
    "integer_array_cases",
    ("a", [1, 3, -1]), ("a", A([[1, 2], [3, 4]])), ("a", Tr([[1, 2, 3], [4, 5, 6]])), ("a", Tr([[1, 2, 3], [4, 5, 6]], "int32")),
    ("a", Rv([[1, 2, 3], [4, 5, 6]])), ("a", [10]), ("a", [-11]), ("a", A([2**64 - 1], "uint64")), ("a", A([255], "uint8")),
    ("x", [0, 1]), ("x", (S(None), [0, 1])), ("x", (S(None), S(None), [3, 0])), ("x", ([0, 1], [2, 0])),
    ("x", ([0, 1], S(None), [0, 1])), ("x", (0, S(None), [0, 1])), ("x", (S(None), 0, [0, 1])), ("x", ([1, 0], 0)),
    ("x", (S(None), [0, 1], 0)), ("x", ([1], [2], [3])), ("x", ([[0], [1]], [0, 1, 2])), ("x", ([[0], [1]], S(None), [0, 1, 2, 3])),
    ("x", (S(None), None, [0, 1])), ("x", (None, S(None), [0, 1])), ("x", (S(None), [0, 1], None)),
    ("x", (Ellipsis, Tr([[0, 1], [1, 0], [0, 0]]))), ("x", Tr([[0, 1], [1, 0], [0, 0]])),
    ("x", ([0, 1], [0, 1, 2])), ("x", ([0, 1], S(None), [0, 1, 2])), ("x", (S(None), [5])), ("x", ([0, 9], S(1, 2), 7)),
    ("x", ([9], S(None, None, 0))), ("x", (5, [0, 1])), ("x", (0, [0, 1], 5)), ("x", A([1.0], "float64")),
    ("x", (9, A([1.0], "float64"))), ("x", A([], "int64")), ("x", (S(None), A([], "int64"))), ("x", (S(None, 0), [0, 1])),
    ("x", ([0, 1], S(None, 0))), ("x", (A([], "int64"), [5])), ("x", ([5], S(None, 0))), ("e", [5]), ("e", ([1], [0])),
    ("y", (Tr([[0, 1, 2], [3, 0, 1]]), Tr([[0, 1, 2], [3, 4, 0]]))), ("y", (Tr([[0, 1, 2]]), A([[0, 1, 2]]))),
    ("y", (Tr([[0, 1, 2], [3, 0, 1]]), 0)), ("y", (Tr([[0, 1, 2], [3, 0, 1]]), S(0, 1))),
    ("y", (Tr([[0, 1, 2], [3, 0, 1]]), S(None))), ("y", (S(None), Tr([[0, 1, 2], [3, 0, 1]]))),
    ("yT", [0, 1]), ("yT", (S(None), [0, 1])), ("yT", (S(None, None, -1), [3, 1])), ("xF", (S(None), [0, 2])),
    ("xF", [1, 0]), ("f", (S(None), [2, 0])), ("x", (0, A([[1]]), A(2))), ("x", A([0, 1], "int8")),
    ("x", (S(None), A([-1, 0], "int16"), S(1, 3))), ("x", (S(None), A([0, 2], "uint32"), None, S(1, 3))),
    # which out-of-bounds value is reported: memory order, C order, or nditer order depending on the path
    ("x", (Rv([0, 7, 5], "int8"), [0, 0, 0])), ("x", Rv([0, 7, 5], "int8")), ("x", (Rv([0, 7, 5]), [0, 0, 0])),
    ("x", Tr([[0, 7], [5, 0]])), ("x", (Tr([[0, 7], [5, 0]]), Tr([[0, 7], [5, 0]]))), ("x", (0, Tr([[0, 7], [5, 0]]), 0)),
    ("x", (0, Tr([[0, 7], [5, 0]]))), ("x", (Rv([[0, 7], [5, 0]]), Rv([[0, 7], [5, 0]]))), ("a", Tr([[0, 7], [5, 0]])),
    "boolean_cases",
    ("a", A([True, False] * 5, "bool")), ("a", A([True, False], "bool")), ("y", A([[True, False, True, False, True]] * 4, "bool")),
    ("y", (A([[True, False, True, False, True]] * 4, "bool"),)), ("y", (A([[True] * 5] * 4, "bool"), Ellipsis)),
    ("y", (A([[True] * 5] * 4, "bool"), None)), ("y", A([[True] * 4] * 5, "bool")), ("x", A([[True, False, True], [False, True, True]], "bool")),
    ("x", (S(None), A([[True, False, True, False]] * 3, "bool"))), ("x", A([[True, True]] * 2, "bool")),
    ("x", (A([[True, False, True], [False, True, True]], "bool"), [0, 1, 2, 3])), ("x", ([0, 1], A([[True] * 4] * 3, "bool"))),
    ("x", A([False, True], "bool")), ("x", (S(None), A([False, True, True], "bool"), 1)), ("x", A(np.zeros((2, 0)), "bool")),
    ("x", A(np.zeros((0, 3)), "bool")), ("x", A(np.zeros((0, 5)), "bool")), ("x", A(np.zeros((5, 0)), "bool")),
    ("x", A(np.zeros((0,)), "bool")), ("x", A(np.ones((2, 3, 4, 1)), "bool")), ("x", (A(np.ones((2, 2)), "bool"), 9)),
    ("x", (A(np.ones((2, 2)), "bool"), S(None, None, 0))), ("x", A(np.zeros((2, 3, 4)), "bool")),
    ("x", A((np.arange(24) % 5 == 0).reshape(2, 3, 4), "bool")), ("e", A(np.zeros((2, 0)), "bool")),
    ("x", True), ("x", False), ("x", (1, True)), ("x", (S(None), True, [0, 1])), ("x", (True, 0)), ("x", (0, False, S(None), 1)),
    ("a", (True, True)), ("a", ([0, 1], True)), ("a", (True, [0, 1])), ("a", ([[0, 1]], False)), ("z", True), ("z", False),
    ("z", (True, True)), ("z", [True]), ("z", A([0])), ("z", (None, False)),
]

def emit(case_list, row, struct):
    first = True
    for c in case_list:
        if isinstance(c, str):
            if not first: print("};\n")
            print("const std::vector<%s> %s = {" % (struct, c))
            first = False
        else:
            print(row(*c))
    print("};")

import sys
if sys.argv[1:] == ["set"]:
    exec(open("/tmp/idx/gen_set.py").read())
    sys.exit(0)
emit(cases, lambda src_name, index: run(src_name, index, "%s[%r]" % (src_name, index)), "getitem_case")
