// Matrix products: np.matmul / a @ b / a @= b (a generalised ufunc over stacks of matrices) and np.dot (NumPy's
// older product, with its own result type, output rules and scalar case).
#pragma once

#include <optional>
#include <variant>

#include "engine/array.hpp"
#include "engine/ufunc.hpp"

namespace engine {

// np.matmul(a, b, out=) and a @ b: the gufunc (n?,k),(k,m?)->(n?,m?). A 1-D a is a row and a 1-D b a column, the
// length-1 dimension dropped again from the result; the other dimensions are a stack that broadcasts. The loop is
// the inputs' result type (NEP 50 or value-based); the fresh result lays its stack out in the inputs' order
// ('K', as any ufunc output) with each matrix C-contiguous, and is a scalar when both are 1-D. out (checked as a
// ufunc's: read-only ValueError, same_kind TypeError, its stack may not be broadcast) is written as if the inputs
// were read first. ValueError for a 0-d operand and for core dimensions that do not match.
std::variant<array, scalar> matmul(const operand& a, const operand& b, const std::optional<array>& out);

// a @= b: NumPy 2 runs matmul(a, b, out=a) with axes that make b's matrix two-dimensional (ValueError unless a has
// at least one dimension and b two, or when the result is not a's shape); NumPy 1.24 raises TypeError.
void matmul_inplace(const array& a, const operand& b);

// np.dot(a, b, out=): the result type promotes the operands' dtypes (a Python int as int64, never by value) and
// both are converted to it first. A 0-d operand: np.multiply(a, b, out=out) for integer and bool types (NumPy
// 1.24: a * b, out ignored; semantics.hpp), and for float and complex types (BLAS) a C-contiguous product of the
// other's shape; otherwise the sum over a's last axis and b's second-to-last, into a fresh C-contiguous array. A
// 0-d product is returned as a scalar, also when it was written into out. out must be C-contiguous,
// aligned and writeable with exactly the result's dtype and number of dimensions (ValueError "output array is not
// acceptable"), and the result's shape ("output array has wrong dimensions"); an out sharing memory with an input
// is written through a copy. ValueError "shapes (2,3) and (4,) not aligned" when the summed lengths differ.
std::variant<array, scalar> dot(const operand& a, const operand& b, const std::optional<array>& out);

}  // namespace engine
