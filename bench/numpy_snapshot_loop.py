"""Baseline for scripts/bench-conformance: the plainest Python loop that does the runner's NumPy work.

Runs every case's statements with NumPy (exec, eval for expressions) and after each statement computes
the same trace-step fields as the conformance runner (arrays with values, bases, identity groups, sharing
pairs, scalars, the value), without the second system and without comparing. Prints one line:
`python: C cases, S statements in T s: X cases/s, Y statements/s`.
Usage: /usr/bin/python3 bench/numpy_snapshot_loop.py ROUNDS CASE_FILE_OR_FOLDER...
"""
import ast
import math
import pathlib
import sys
import time
import warnings

import numpy as np
from numpy.lib.stride_tricks import as_strided

CATEGORIES = (IndexError, ValueError, TypeError, AttributeError, KeyError, OverflowError, ZeroDivisionError,
              RuntimeError)


def statements_of(path):
    """(source, is_expression) for each statement of a case, imports left out."""
    text = path.read_text()
    statements = []
    for node in ast.parse(text).body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        source = ast.get_source_segment(text, node)
        is_expression = isinstance(node, ast.Expr)
        statements.append((compile(source, str(path), "eval" if is_expression else "exec"), is_expression))
    return statements


def encode_float(x):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def encode(value):
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, np.ndarray):
        return {"dtype": value.dtype.name, "shape": list(value.shape), "values": [encode(v) for v in value.ravel().tolist()]}
    if isinstance(value, np.generic):
        return {"dtype": value.dtype.name, "value": encode(value.item())}
    if isinstance(value, float):
        return encode_float(value)
    if isinstance(value, complex):
        return [encode_float(value.real), encode_float(value.imag)]
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, np.dtype):
        return value.name
    return {"type": type(value).__name__}


def snapshot(namespace, error, value):
    names = sorted(n for n in namespace if n not in ("__builtins__", "np", "as_strided", "print"))
    canonical = {}
    for name in names:
        if isinstance(namespace[name], np.ndarray):
            canonical.setdefault(id(namespace[name]), name)
    opaque = {}

    def name_for(obj):
        return canonical.get(id(obj)) or opaque.setdefault(id(obj), "#%d" % (len(opaque) + 1))

    arrays, scalars, groups = {}, {}, {}
    for name in names:
        obj = namespace[name]
        if isinstance(obj, np.ndarray):
            arrays[name] = {"dtype": obj.dtype.name, "shape": list(obj.shape), "strides": list(obj.strides),
                            "values": [encode(v) for v in obj.ravel().tolist()],
                            "base": None if obj.base is None else name_for(obj.base),
                            "owndata": obj.flags.owndata, "writeable": obj.flags.writeable,
                            "c_contiguous": obj.flags.c_contiguous, "f_contiguous": obj.flags.f_contiguous}
            groups.setdefault(id(obj), []).append(name)
        elif isinstance(obj, np.generic):
            scalars[name] = {"dtype": obj.dtype.name, "value": encode(obj.item())}
        elif isinstance(obj, (bool, int, float, complex)):
            scalars[name] = {"dtype": type(obj).__name__, "value": encode(obj)}
    distinct = [namespace[group[0]] for group in groups.values()]
    shares, may_share = [], []
    for i, a in enumerate(distinct):
        for b in distinct[i + 1:]:
            pair = sorted((canonical[id(a)], canonical[id(b)]))
            if np.shares_memory(a, b):
                shares.append(pair)
            if np.may_share_memory(a, b):
                may_share.append(pair)
    return {"error": error, "value": value, "arrays": arrays, "scalars": scalars,
            "same_object": sorted(g for g in groups.values() if len(g) > 1),
            "shares_memory": sorted(shares), "may_share_memory": sorted(may_share)}


def run_case(statements):
    # As in the runner, print(a, b) is the list of its arguments: compared, not printed.
    namespace = {"np": np, "as_strided": as_strided, "print": lambda *values: list(values)}
    for code, is_expression in statements:
        error, value = None, None
        try:
            result = eval(code, namespace)
            if is_expression:
                value = encode(result)
        except Exception as e:  # the category, as the runner records it
            error = next((c.__name__ for c in type(e).__mro__ if c in CATEGORIES), type(e).__name__)
        snapshot(namespace, error, value)


def main():
    warnings.simplefilter("ignore")
    rounds = int(sys.argv[1])
    files = []
    for root in map(pathlib.Path, sys.argv[2:]):
        files += sorted(root.rglob("*.py")) if root.is_dir() else [root]
    cases = []
    for path in files:
        try:
            cases.append(statements_of(path))
        except SyntaxError:
            pass
    statement_count = 0
    start = time.perf_counter()
    for _ in range(rounds):
        for statements in cases:
            run_case(statements)
            statement_count += len(statements)
    seconds = time.perf_counter() - start
    case_count = rounds * len(cases)
    print("python: %d cases, %d statements in %.3f s: %.1f cases/s, %.1f statements/s"
          % (case_count, statement_count, seconds, case_count / seconds, statement_count / seconds))


if __name__ == "__main__":
    main()
