// Python's operators over every value: `+ - * / // % ** & | ^ << >> @`, comparisons, `not`, unary - + ~, abs(),
// truth and operator.index(). Where a system object takes part its backend decides (NumPy's ufuncs, for the
// engine); otherwise Python does, with the rules below, which a backend may also fall back to.
#pragma once

#include <optional>
#include <string_view>

#include "case/ast.hpp"
#include "interpreter/value.hpp"

namespace conformance::interpreter {

value binary_operation(cases::binary_op op, const value& left, const value& right);

// `left OP right` for == != < > <= >= (identity comparisons are not operators on values: see `is`).
value comparison(cases::compare_op op, const value& left, const value& right);

value unary_operation(cases::unary_op op, const value& operand);

// `target OP= operand`: a system may update its object in place and give it back (arrays do); every Python
// value is immutable in the subset, so Python rebinds the name to `target OP operand`.
value augmented_operation(cases::binary_op op, const value& target, const value& operand);

// abs(x).
value absolute_value(const value& x);

// bool(v).
bool truth(const value& v);

// operator.index(v): Python ints and bools, and what a system's objects give; none otherwise.
std::optional<py_int> index_value(const value& v);

// `a is b`.
bool is_same_object(const value& a, const value& b);

// ---------------------------------------------------------------- Python's rules, for backends to fall back on

// left OP right where no system takes part: numbers, sequence concatenation and repetition; TypeError otherwise.
value python_binary(cases::binary_op op, const value& left, const value& right);
// left OP right (comparisons) where no system takes part: == and != fall back to identity, orderings of
// unrelated types are a TypeError.
value python_comparison(cases::compare_op op, const value& left, const value& right);

// Python's TypeErrors, worded as CPython words them.
[[noreturn]] void raise_unsupported_operands(std::string_view op, const value& a, const value& b);
[[noreturn]] void raise_unorderable(cases::compare_op op, const value& a, const value& b);
[[noreturn]] void raise_bad_unary_operand(cases::unary_op op, const value& operand);
[[noreturn]] void raise_bad_abs_operand(const value& operand);

}  // namespace conformance::interpreter
