"""NumPy's side of scripts/bench: the kernels of bench/kernels_bench.cpp (same names, shapes and float64
values) and np.array_equal over the arrays of the runner's per-step cases, timed timeit-style in this run.

Prints one JSON object: {"kernels": {name: {exponent: seconds}}, "array_equal": {exponent: seconds}} where
seconds is the best per-call time over REPEATS timeit rounds. --kernel NAME times that kernel only (or, for
NAME array_equal, np.array_equal only), so that scripts/bench can time the engine and NumPy kernel by kernel.
Usage: python bench/numpy_kernels.py EXPONENT... [--repeats N] [--kernel NAME]
"""
import json
import sys
import timeit

import numpy as np

# (matrix, block) per power of ten: kernels_bench.cpp's shapes_for.
SHAPES = {
    3: ((25, 40), (10, 10, 10)),
    4: ((100, 100), (20, 20, 25)),
    5: ((250, 400), (40, 50, 50)),
    6: ((1000, 1000), (100, 100, 100)),
    7: ((2500, 4000), (200, 200, 250)),
    8: ((10000, 10000), (400, 500, 500)),
}


def values(shape):
    return np.arange(float(np.prod(shape))).reshape(shape)


def kernels(exponent):
    """name -> (setup, call) for one size; setup makes the operands once, outside the clock."""
    n = 10**exponent
    matrix, block = SHAPES[exponent]

    def contiguous_copy():
        a = values((n,))
        return lambda: a.copy()

    def transposed_copy():
        t = values(matrix).T
        return lambda: t.copy()

    def permuted_copy_3d():
        p = values(block).transpose(2, 0, 1)
        return lambda: p.copy()

    def add():
        a, b = values((n,)), values((n,))
        return lambda: a + b

    def transposed_add():
        t, b = values(matrix).T, values(matrix[::-1])
        return lambda: t + b

    def inplace_add():
        a, b = values((n,)), values((n,))

        def run():
            nonlocal b
            b += a
        return run

    def overlapping_assign():
        a = values((n,))

        def run():
            a[1:] = a[:-1]
        return run

    return {f.__name__: f for f in (contiguous_copy, transposed_copy, permuted_copy_3d, add, transposed_add,
                                    inplace_add, overlapping_assign)}


def best_time(call, repeats):
    """timeit's way: enough calls per round to last 0.2 s, then the best round's per-call time."""
    timer = timeit.Timer(call)
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=repeats, number=number)) / number


def runner_case_arrays(exponent):
    """The arrays bound in scripts/bench's per-step case at this size, and a copy of each to compare with."""
    n = 10**exponent
    a = np.ones(n)
    b = a[::3]
    c = a.copy()
    arrays = [a, b, c]
    return [(x, x.copy()) for x in arrays]


def option(argv, flag):
    """The value after flag, and argv without both (None if flag is absent)."""
    if flag not in argv:
        return None, argv
    at = argv.index(flag)
    if at + 1 == len(argv):
        sys.exit("numpy_kernels.py: %s needs a value" % flag)
    return argv[at + 1], argv[:at] + argv[at + 2:]


def main(argv):
    repeats, argv = option(argv, "--repeats")
    repeats = int(repeats or 3)
    only, argv = option(argv, "--kernel")
    names = list(kernels(3)) + ["array_equal"]
    if only is not None and only not in names:
        sys.exit("numpy_kernels.py: no kernel '%s' (kernels: %s)" % (only, ", ".join(names)))
    exponents = [int(x) for x in argv]
    result = {"kernels": {}, "array_equal": {}}
    for exponent in exponents:
        for name, setup in kernels(exponent).items():
            if only not in (None, name):
                continue
            call = setup()
            result["kernels"].setdefault(name, {})[exponent] = best_time(call, repeats)
            del call
        if only not in (None, "array_equal"):
            continue
        pairs = runner_case_arrays(exponent)
        result["array_equal"][exponent] = best_time(
            lambda: [np.array_equal(x, y) for x, y in pairs], repeats)
        del pairs
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main(sys.argv[1:])
