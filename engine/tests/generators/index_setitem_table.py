# setitem expectations: the source's values afterwards, or the error (the test also checks nothing changed).
class Prefix:   # the value is a 1-d view of the first n elements of the destination's memory
    def __init__(s, n): s.n = n
    def __repr__(s): return "memory[:%d]" % s.n
def value_np(v, src):
    if isinstance(v, Prefix):
        owner = src if src.base is None else src.base
        return owner.reshape(-1)[:v.n]
    return v.np()
def value_cpp(v):
    if isinstance(v, Prefix): return "[](const array& s) { return memory_prefix(s, %d); }" % v.n
    kind = np.array(v.v, dtype=v.dt).dtype.kind if isinstance(v, A) else "i"
    code = {"f": float_arr_cpp, "c": complex_arr_cpp}.get(kind, lambda v: v.cpp())(v)
    return "[](const array&) { return %s; }" % code
def cpp_double(x):
    return 'std::nan("")' if np.isnan(x) else repr(float(x))
def float_arr_cpp(v):
    b = np.array(v.v, dtype=v.dt)
    return "farr(%s, {%s}, dtype::%s)" % (dims(b.shape), ",".join(cpp_double(x) for x in b.ravel()), b.dtype.name)
def complex_arr_cpp(v):
    b = np.array(v.v, dtype=v.dt)
    return "carr(%s, {%s})" % (dims(b.shape), ",".join("{%s, %s}" % (cpp_double(x.real), cpp_double(x.imag)) for x in b.ravel()))

def run_set(src_name, index, value):
    src = fixtures()[src_name]
    items = index if isinstance(index, tuple) else (index,)
    np_index = tuple(item_np(i) for i in items)
    label = "%s[%r] = %r" % (src_name, index, value)
    head = '{"%s", "%s", {%s}, %s, ' % (esc(label), src_name, ", ".join(item_cpp(i) for i in items), value_cpp(value))
    before = src.copy()
    try:
        src[np_index if isinstance(index, tuple) else np_index[0]] = value_np(value, src)
    except Exception as e:
        assert (src == before).all()
        cat = {"IndexError": "index_error", "ValueError": "value_error", "TypeError": "type_error", "OverflowError": "overflow_error"}[type(e).__name__]
        return head + 'error_result{error_category::%s, "%s"}},' % (cat, esc(str(e)))
    return head + "std::vector<double>{%s}}," % ",".join(repr(float(v)) for v in src.ravel())

F = lambda v: A(v, "float64")
set_cases = [
    "set_basic_cases",
    ("x", (0, 1), A(7)), ("x", (0, 0, 0), F(2.9)), ("x", (1, 2, 3), F(-2.9)), ("x", (0, 0, 0), F([7.0])), ("x", (0, 0, 0), F([[7.5]])),
    ("x", (0, 0, 0), A([1, 2])), ("x", (0, 0, 0), F([])),
    ("x", (0, 0, 0), F(float("nan"))), ("x", (0, 0, 0), F([float("nan")])), ("x", (0, 0, 0), F([1e20])), ("x", (0, 0, 0), F(1e20)),
    ("x", (1, 1, 1), F([[2.7]])), ("x", (0, 0, 0), A([1 + 2j], "complex128")), ("f", (0, 0), A(1 + 2j, "complex128")),
    ("a", 0, A([2**63], "uint64")), ("a", 1, A([255], "uint8")), ("a", 2, A([-3.5], "float32")), ("x", (S(None), 1), A([1, 2, 3, 4])), ("x", 1, A([[1], [2], [3]])),
    ("x", Ellipsis, A([1, 2, 3, 4])), ("x", (), A(-1)), ("x", 0, A([1, 2])), ("x", 0, A([[[1, 2, 3, 4]]])), ("x", 0, A(np.ones((2, 3, 4)))),
    ("x", 5, A(1)), ("x", (S(None, None, 0),), A(1)), ("x", (S(None, None, -1), None, S(1, None)), A([9, 8, 7, 6])),
    ("x", (Ellipsis, Ellipsis), A(1)), ("x", (0, 0, 0, 0), A(1)), ("x", (A(1), S(None), 1), A([5, 6, 7])),
    ("z", (), A(3)), ("z", (), F([[4.5]])), ("z", Ellipsis, A([1, 2])), ("z", (), A([1, 2])), ("z", None, A([4])), ("z", True, A([3])),
    ("z", False, A([3])), ("z", 0, A(1)),
    ("f", (S(None), 1), F([1.5, -2.5])), ("f", [1, 0], A([[7], [8]])),
    "set_advanced_cases",
    ("a", [0, 0, 0], A([1, 2, 3])), ("a", [1, -1], F(2.7)), ("a", [0, 1, 10], A(9)), ("a", [0, 1, 10], A([7, 8, 9])),
    ("a", A([0, 1, 10], "int32"), A(9)), ("a", [2, 3], A([[5, 6]])), ("a", [2, 3], A([[5], [6]])), ("a", [2, 3], A([5, 6, 7])),
    ("a", A([[1, 2], [3, 4]]), A([10, 20])), ("a", Tr([[1, 2, 3], [1, 2, 3]]), A([[10, 20], [30, 40], [50, 60]])),
    ("a", [1, 2, 3], Prefix(3)), ("a", [3, 2, 1], Prefix(3)), ("a", A([], "int64"), A(5)), ("a", A([], "int64"), A([1, 2])),
    ("x", [0, 5], A(9)), ("x", ([0, 1], [0, 5]), A(9)), ("x", (S(None), [0, 1]), A(-np.arange(16).reshape(2, 2, 4))),
    ("x", ([0, 1], S(None), [0, 1]), A(np.arange(6).reshape(2, 3))), ("x", ([0, 1], S(None), [0, 1]), A(np.arange(6).reshape(3, 2))),
    ("x", [0, 1], A([1, 2])), ("x", [0, 1], A([[[1, 2, 3, 4]]])), ("x", [0, 1], A(np.ones((1, 1, 3, 4)))), ("x", [0, 1], A(np.ones((2, 2, 3, 4)))),
    ("x", [0, 1], A(np.ones((1, 0)))), ("x", (S(None), [0, 1, 2]), A(np.ones(5))), ("x", (S(None), [0, 1, 2], S(0, 1)), A(np.ones(3))),
    ("x", (S(None), [0, 1, 2], S(0, 1)), A(np.arange(3).reshape(3, 1))), ("x", (S(None), [0, 1, 2], S(0, 1)), A(np.arange(6).reshape(2, 3, 1))),
    ("x", ([0, 1], [0, 1], S(0, 1)), A([1, 2])), ("x", ([0, 1], [0, 1], S(0, 1)), A([[1], [2]])),
    ("x", ([0, 0], [1, 1], [2, 2]), A([5, 6])), ("x", (0, S(None), [1, 1]), A([[1, 2, 3], [4, 5, 6]])),
    ("x", (S(None), 0, [1, 1]), A([[1, 2], [3, 4]])), ("x", (S(None), [1, 1], S(None)), A(np.arange(16).reshape(2, 2, 4))),
    ("x", ([5], S(None, 0)), A(1)), ("x", (S(None), A([], "int64")), A(np.ones((2, 0, 4)))),
    ("x", ([9], S(None, None, 0)), A(1)), ("x", ([0, 1], [0, 1, 2]), A(1)), ("x", (A([1.0], "float64"),), A(1)),
    ("y", (Tr([[0, 0], [0, 0]]), Tr([[1, 1], [1, 1]])), A([[1, 2], [3, 4]])), ("y", (Tr([[0, 0, 1], [1, 0, 0]]), 2), A([[1, 2], [3, 4], [5, 6]])),
    ("y", (Rv([[0, 0], [0, 0]]), Rv([[1, 1], [1, 1]])), A([[1, 2], [3, 4]])), ("y", (Rv([[0, 0], [0, 0]]), Rv([[1, 1], [1, 1]])), Rv([[1, 2], [3, 4]])),
    ("y", (A([[0, 0], [0, 0]]), 1), Tr([[1, 2], [3, 4]])),
    "set_boolean_cases",
    ("x", A((np.arange(24) % 5 == 0).reshape(2, 3, 4), "bool"), A(-1)), ("y", A((np.arange(20) % 3 == 0).reshape(4, 5), "bool"), A([1, 2, 3, 4, 5, 6, 7])),
    ("y", A((np.arange(20) % 3 == 0).reshape(4, 5), "bool"), A([[1]])), ("y", A((np.arange(20) % 3 == 0).reshape(4, 5), "bool"), A([1, 2])),
    ("y", A((np.arange(20) % 3 == 0).reshape(4, 5), "bool"), F([2.5])), ("y", A(np.zeros((4, 5)), "bool"), A(np.ones(0))),
    ("y", A(np.zeros((4, 5)), "bool"), A([1, 2])), ("a", A([True, False] * 5, "bool"), Prefix(5)),
    ("x", A([[True, False, True], [False, True, True]], "bool"), A(np.arange(4))), ("x", A([[True, False, True], [False, True, True]], "bool"), A([1, 2])),
    ("x", True, A([1, 2, 3, 4])), ("x", False, A([1, 2, 3, 4])), ("x", (S(None), A([True, False, True], "bool")), A([[1], [2]])),
    ("x", A([True, False], "bool"), A(1)),
    "set_overlapping_value_cases",
    ("a", A([0, 0, 0, 1, 1, 1, 1, 1, 1, 1], "bool"), Prefix(7)), ("a", A([0, 0, 1, 1, 1, 0, 1, 1, 1, 1], "bool"), Prefix(7)),
    ("y", A((np.arange(20) % 5 > 0).reshape(4, 5), "bool"), Prefix(16)), ("ys", A((np.arange(12) > 0).reshape(4, 3), "bool"), Prefix(11)),
    ("y", ([0, 0, 0], [1, 2, 3]), Prefix(3)), ("y", [1, 2, 3], Prefix(15)), ("y", (S(None), [1, 2, 3]), A(np.arange(12).reshape(4, 3))),
    ("a", A([1, 2, 3], "int32"), Prefix(3)), ("a", Rv([1, 2, 3]), Prefix(3)),
    "set_error_order_cases",
    ("a", Rv([0, 7, 5], "int8"), A(1)), ("a", Rv([0, 7, 5]), A(1)), ("x", (0, Tr([[0, 7], [5, 0]]), 0), A(1)),
    ("a", [10], A([1, 2])), ("x", ([5], S(None), [0, 1, 2]), A(np.ones(7))),
    ("xr", 10, A(1)), ("xr", (0, 0, 0), A(1)), ("xr", [0], A(1)), ("xr", A(np.ones((2, 3, 4)), "bool"), A(1)),
]
emit(set_cases, run_set, "setitem_case")
