// Elementwise arithmetic and comparisons (+ - * == != < > <= >=) with broadcasting and NumPy 1.24's type
// resolution, including value-based casting of scalars and 0-d arrays (int8 array + 1 stays int8).
#pragma once

#include <variant>
#include <vector>

#include "engine/array.hpp"
#include "engine/scalar.hpp"

namespace engine {

enum class binary_op { add, subtract, multiply, equal, not_equal, less, greater, less_equal, greater_equal };

// An operand: an array, or a scalar (a Python int/float/complex/bool arrives as an int64/float64/
// complex128/bool scalar; a NumPy scalar keeps its dtype). Scalars and 0-d arrays take part in
// value-based casting exactly as in NumPy 1.24.
using operand = std::variant<array, scalar>;

// np.result_type of the operands for the op's loop (before comparisons turn the output into bool).
dtype result_type(const std::vector<operand>& operands);

// a OP b. When every operand is a scalar or 0-d, NumPy returns a scalar, and so does this.
std::variant<array, scalar> apply(binary_op op, const operand& a, const operand& b);

// target OP= b: in place into `target` (same object), broadcasting b to target's shape; TypeError
// (UFuncTypeError) when the result type cannot be cast to target's dtype under same_kind; ValueError when
// read-only or when the broadcast would change target's shape. Overlap between b and target is safe.
void apply_inplace(binary_op op, const array& target, const operand& b);

}  // namespace engine
