// Python's operators over every value: `+ - * / // % ** & | ^ << >>`, comparisons, `not`, unary - + ~, abs() and
// truth. Where an
// array or a NumPy scalar takes part NumPy's ufuncs decide (through the engine); otherwise Python does.
#pragma once

#include "case/ast.hpp"
#include "systems/engine/value.hpp"

namespace conformance::engine_side {

value binary_operation(cases::binary_op op, const value& left, const value& right);

// `left OP right` for == != < > <= >= (identity comparisons are not operators on values: see `is`).
value comparison(cases::compare_op op, const value& left, const value& right);

value unary_operation(cases::unary_op op, const value& operand);

// `target OP= operand`: arrays are updated in place and come back as the same object; every other value
// is immutable in the subset, so Python rebinds the name to `target OP operand`.
value augmented_operation(cases::binary_op op, const value& target, const value& operand);

// abs(x): Python's for numbers, np.absolute for arrays and NumPy scalars.
value absolute_value(const value& x);

// bool(v), with NumPy's rules for arrays (ValueError when more than one element).
bool truth(const value& v);

// `a is b`.
bool is_same_object(const value& a, const value& b);

}  // namespace conformance::engine_side
